package no.samhandling.search.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextMatchTest {

    @ParameterizedTest
    @CsvSource({
            "kommunene, kommun", "kommunens, kommun", "kommune, kommun", "kommuner, kommun",
            "retningslinjer, retningslinj", "retningslinjen, retningslinj",
            "avtalen, avtal", "avtalene, avtal", "avtaler, avtal",
            "utvalgets, utvalg", "utvalget, utvalg", "pasientene, pasient",
            "oppfølging, oppfølging", "samarbeid, samarbeid", "leverte, lever", "levert, lever", "arbeidet, arbeid",
            "skrevet, skrev", "sendt, send", "bedt, bedt", "tvistens, tvist", "møtene, møt"
    })
    void inflected_forms_share_a_stem(String word, String stem) {
        assertThat(NorwegianStemmer.stem(word)).isEqualTo(stem);
    }

    @Test
    void every_query_word_must_begin_a_word_of_the_text() {
        var text = TextMatch.terms("Felles retningslinje for legemiddelhåndtering i kommunen");
        assertThat(TextMatch.matches(TextMatch.terms("kommunenes retningslinjer"), text)).isTrue();
        assertThat(TextMatch.matches(TextMatch.terms("legemid"), text)).isTrue();
        assertThat(TextMatch.matches(TextMatch.terms("kommunene ernæring"), text)).isFalse();
        assertThat(TextMatch.matches(TextMatch.terms("  "), text)).isFalse();
    }

    @Test
    void a_snippet_shows_the_first_match_in_its_context() {
        String text = "Bakgrunn. ".repeat(30) + "Kommunene ønsker felles rutiner for utskrivning.";
        String snippet = TextMatch.snippet(text, TextMatch.terms("kommunene"), 60);
        assertThat(snippet).startsWith("…").contains("Kommunene ønsker").hasSizeLessThanOrEqualTo(62);
    }
}
