package no.samhandling.platform.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;

/** The application's PDF documents (OpenPDF): A4, the house fonts, a title in the document's metadata, tables. */
public final class Pdf {

    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    public static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    public static final Font BODY = new Font(Font.HELVETICA, 10);
    public static final Font SMALL = new Font(Font.HELVETICA, 9, Font.ITALIC);

    private Pdf() {
    }

    /** What goes into a document. */
    public interface Content {
        void write(Document document) throws DocumentException;
    }

    public static byte[] write(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addCreator("Samhandling");
        document.open();
        try {
            content.write(document);
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF could not be written: " + title, e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** A table of the given relative column widths, as wide as the page, its first row repeated on each page. */
    public static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        return table;
    }

    public static void cells(PdfPTable table, Font font, String... values) {
        for (String value : values) {
            PdfPCell cell = new PdfPCell(new Phrase(value, font));
            cell.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.addCell(cell);
        }
    }
}
