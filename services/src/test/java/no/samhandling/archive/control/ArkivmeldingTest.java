package no.samhandling.archive.control;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Our arkivmelding validates against the KS Fiks Arkiv V1 schemas in ../shared (never copied into the project). */
class ArkivmeldingTest {

    static final File SCHEMA = new File(System.getProperty("samhandling.schemas", "../../shared/schemas/fiks-arkiv-v1"),
            "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd");

    @Test
    void folder_with_a_note_validates_against_the_fiks_arkiv_schema() throws Exception {
        String xml = Arkivmelding.of(
                new Arkivmelding.Folder("agreement-version/1", "Overordnet samarbeidsavtale, versjon 2.0",
                        LocalDate.of(2024, 9, 12), List.of("Akershus universitetssykehus HF", "Lillestrøm")),
                new Arkivmelding.Note("agreement-signature/7", "Signatur: Lillestrøm", LocalDate.of(2024, 10, 1),
                        "Signert av kommunedirektør & ordfører <dato>"));

        validate(xml);
        assertThat(xml).contains("<n5mdk:fagsystem>Samhandling</n5mdk:fagsystem>")
                .contains("<n5mdk:noekkel>agreement-signature/7</n5mdk:noekkel>")
                .contains("&amp; ordfører &lt;dato");
    }

    @Test
    void folder_alone_validates_and_a_broken_message_does_not() throws Exception {
        validate(Arkivmelding.of(new Arkivmelding.Folder("dispute/3", "Uenighet om utskrivning", null, List.of()), null));

        assertThatThrownBy(() -> validate("<arkivmelding xmlns=\"" + Arkivmelding.NS + "\"><system>x</system></arkivmelding>"))
                .isInstanceOf(SAXException.class);
    }

    static void validate(String xml) throws SAXException, IOException {
        assertThat(SCHEMA).as("shared schemas beside the repository").exists();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(SCHEMA).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
