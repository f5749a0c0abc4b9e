package no.samhandling.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages carry every key, and no text is left empty. */
class MessageBundlesTest {

    @Test
    void bokmal_and_english_have_the_same_keys_and_no_empty_text() throws IOException {
        Properties nb = load("messages_nb.properties");
        Properties en = load("messages_en.properties");

        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nb.stringPropertyNames());
        assertThat(nb.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(en.values()).noneMatch(v -> v.toString().isBlank());
        assertThat(nb.getProperty("login.submit")).isEqualTo("Logg inn");
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/no/samhandling/web/i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
