package no.samhandling.publication.control;

import com.lowagie.text.Paragraph;
import no.samhandling.platform.control.Letterhead;
import no.samhandling.platform.control.Pdf;

/** The annual report's text as PDF: "# " the title, "## " headings, "- " list lines, the rest paragraphs. */
public final class AnnualReportPdf {

    private AnnualReportPdf() {
    }

    public static byte[] of(Letterhead letterhead, int year, String text, String approval) {
        return Pdf.write(letterhead, "Årsrapport " + year, document -> {
            for (String line : text.split("\r?\n")) {
                if (line.startsWith("## ")) {
                    document.add(new Paragraph(line.substring(3), Pdf.HEADING));
                } else if (line.startsWith("# ")) {
                    document.add(new Paragraph(line.substring(2), Pdf.TITLE));
                } else if (!line.isBlank()) {
                    document.add(new Paragraph(line, Pdf.BODY));
                }
            }
            document.add(new Paragraph(approval, Pdf.SMALL));
        });
    }
}
