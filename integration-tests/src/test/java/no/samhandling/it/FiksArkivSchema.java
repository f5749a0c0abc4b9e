package no.samhandling.it;

import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;

/** Validates what an archive receives against the KS Fiks Arkiv V1 schemas of ../shared. */
public final class FiksArkivSchema {

    private static Schema schema;
    private static Schema receiptSchema;

    private FiksArkivSchema() {
    }

    public static void validate(String xml) throws SAXException, IOException {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    public static void validateReceipt(String xml) throws SAXException, IOException {
        synchronized (FiksArkivSchema.class) {
            if (receiptSchema == null) {
                receiptSchema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new File(
                        System.getProperty("samhandling.schemas"),
                        "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.kvittering.xsd"));
            }
        }
        receiptSchema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            File xsd = new File(System.getProperty("samhandling.schemas"),
                    "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd");
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        }
        return schema;
    }
}
