package no.samhandling.archive.control;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;

/**
 * A KS Fiks Arkiv V1 {@code arkivmelding} (message type {@code arkivering.arkivmelding.opprett}): a folder
 * ({@code saksmappe}) and optionally one record in it ({@code arkivnotat}). Every folder and record carries
 * {@code referanseEksternNoekkel} = system "Samhandling" + our stable key, so an archive that receives the same
 * message twice recognises it (its receipt then says the object already existed).
 */
public final class Arkivmelding {

    public static final String MESSAGE_TYPE = "arkivering.arkivmelding.opprett";
    public static final String SYSTEM = "Samhandling";
    static final String NS = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1";
    static final String MDK = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1";
    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    /** A case folder: our key, title, the date the case began, the parties it concerns. */
    public record Folder(String key, String title, LocalDate caseDate, List<String> parties) {
    }

    /** A record in the folder: our key, title, the document's date, the text. */
    public record Note(String key, String title, LocalDate documentDate, String text) {
    }

    private Arkivmelding() {
    }

    public static String of(Folder folder, Note note) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NS);
            xml.writeStartElement(NS, "arkivmelding");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("n5mdk", MDK);
            xml.writeNamespace("xsi", XSI);
            text(xml, NS, "system", SYSTEM);
            text(xml, NS, "antallFiler", "0");

            xml.writeStartElement(NS, "mappe");
            xml.writeAttribute(XSI, "type", "saksmappe");
            text(xml, NS, "tittel", folder.title());
            for (String party : folder.parties()) {
                xml.writeStartElement(NS, "part");
                text(xml, NS, "partNavn", party);
                xml.writeEndElement();
            }
            externalKey(xml, "referanseEksternNoekkel", folder.key());
            if (folder.caseDate() != null) {
                text(xml, NS, "saksaar", String.valueOf(folder.caseDate().getYear()));
                text(xml, NS, "saksdato", folder.caseDate().toString());
            }
            xml.writeEndElement();

            if (note != null) {
                xml.writeStartElement(NS, "registrering");
                xml.writeAttribute(XSI, "type", "arkivnotat");
                xml.writeStartElement(NS, "referanseForelderMappe");
                externalKey(xml, MDK, "referanseEksternNoekkel", folder.key());
                xml.writeEndElement();
                text(xml, NS, "tittel", note.title());
                if (note.text() != null) {
                    text(xml, NS, "beskrivelse", note.text());
                }
                externalKey(xml, "referanseEksternNoekkel", note.key());
                if (note.documentDate() != null) {
                    text(xml, NS, "dokumentetsDato", note.documentDate().toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write arkivmelding", e);
        }
        return out.toString();
    }

    private static void externalKey(XMLStreamWriter xml, String element, String key) throws XMLStreamException {
        externalKey(xml, NS, element, key);
    }

    private static void externalKey(XMLStreamWriter xml, String namespace, String element, String key)
            throws XMLStreamException {
        xml.writeStartElement(namespace, element);
        text(xml, MDK, "fagsystem", SYSTEM);
        text(xml, MDK, "noekkel", key);
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String namespace, String element, String value) throws XMLStreamException {
        xml.writeStartElement(namespace, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
