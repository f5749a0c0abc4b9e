package no.samhandling.archive.control;

import no.samhandling.archive.entity.ReceiptOutcome;
import no.samhandling.rules.RuleViolation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;

/**
 * Reads an archive's receipt, a Fiks Arkiv {@code arkivmeldingKvittering}: created or already existing with the
 * archive's own reference (systemID), or failed with the archive's error text. The record's receipt wins over the
 * folder's when both are present. External entities and DTDs are refused (no XXE from an archive's input).
 */
public record Kvittering(ReceiptOutcome outcome, String archiveReference, String detail) {

    public static Kvittering parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
            Element root = document.getDocumentElement();
            if (!"arkivmeldingKvittering".equals(root.getLocalName())) {
                throw RuleViolation.invalidField("body", "archive.receipt.invalid");
            }
            for (String failed : new String[]{"registreringFeilet", "mappeFeilet"}) {
                Element failure = child(root, failed);
                if (failure != null) {
                    return new Kvittering(ReceiptOutcome.FAILED, null, text(failure, "feilmelding"));
                }
            }
            Element receipt = child(root, "registreringKvittering");
            if (receipt == null) {
                receipt = child(root, "mappeKvittering");
            }
            if (receipt == null) {
                throw RuleViolation.invalidField("body", "archive.receipt.invalid");
            }
            String state = text(receipt, "opprettetEllerEksisterende");
            ReceiptOutcome outcome = switch (state == null ? "" : state) {
                case "Opprettet" -> ReceiptOutcome.CREATED;
                case "Eksisterende" -> ReceiptOutcome.EXISTING;
                default -> throw RuleViolation.invalidField("body", "archive.receipt.invalid");
            };
            return new Kvittering(outcome, text(receipt, "systemID"), null);
        } catch (RuleViolation violation) {
            throw violation;
        } catch (Exception unreadable) {
            throw RuleViolation.invalidField("body", "archive.receipt.invalid");
        }
    }

    private static Element child(Element parent, String localName) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String localName) {
        Element e = child(parent, localName);
        return e == null ? null : e.getTextContent().strip();
    }
}
