package no.samhandling.platform.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The application's PDF documents (OpenPDF), as the parties file them: A4, the house fonts, the community's name as
 * letterhead on every page with the document's title, and "Side 2 av 5" with the day it was made at the foot.
 */
public final class Pdf {

    public static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    public static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    public static final Font BODY = new Font(Font.HELVETICA, 10);
    public static final Font SMALL = new Font(Font.HELVETICA, 9, Font.ITALIC);
    /** Norwegian dates, as in every document: 03.12.2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final Font MARGIN = new Font(Font.HELVETICA, 8, Font.NORMAL, new Color(0x45, 0x47, 0x4a));
    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0x00, 0x2c, 0x54));
    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 80;
    private static final float MARGIN_BOTTOM = 64;

    private Pdf() {
    }

    /** What goes into a document. */
    public interface Content {
        void write(Document document) throws DocumentException;
    }

    /**
     * Writes a document headed on every page by the letterhead's community and the title, its pages numbered at the
     * foot with the day it was made.
     */
    public static byte[] write(Letterhead letterhead, String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Margins(letterhead.community(), title, letterhead.madeOn()));
        document.addTitle(title);
        document.addAuthor(letterhead.community());
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

    /** The letterhead and the foot of every page; the page count is filled in when the document closes. */
    private static final class Margins extends PdfPageEventHelper {

        private final String letterhead;
        private final String title;
        private final LocalDate madeOn;
        private PdfTemplate pageCount;

        Margins(String letterhead, String title, LocalDate madeOn) {
            this.letterhead = letterhead;
            this.title = title;
            this.madeOn = madeOn;
        }

        @Override
        public void onOpenDocument(PdfWriter writer, Document document) {
            pageCount = writer.getDirectContent().createTemplate(30, 12);
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            Rectangle page = document.getPageSize();
            float left = document.left();
            float right = document.right();
            float top = page.getTop() - 40;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(letterhead, LETTERHEAD), left, top, 0);
            ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT, new Phrase(title, MARGIN), right, top, 0);
            canvas.setColorStroke(new Color(0xbb, 0xbc, 0xbd));
            canvas.setLineWidth(0.5f);
            canvas.moveTo(left, top - 8);
            canvas.lineTo(right, top - 8);
            canvas.stroke();

            float foot = page.getBottom() + 36;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(DAY.format(madeOn), MARGIN), left, foot, 0);
            String side = "Side " + writer.getPageNumber() + " av ";
            float width = MARGIN.getCalculatedBaseFont(false).getWidthPoint(side, MARGIN.getSize());
            float start = right - width - 16;
            ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(side, MARGIN), start, foot, 0);
            canvas.addTemplate(pageCount, start + width, foot);
        }

        @Override
        public void onCloseDocument(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(pageCount, Element.ALIGN_LEFT,
                    new Phrase(String.valueOf(writer.getPageNumber() - 1), MARGIN), 0, 0, 0); // past the last page by now
        }
    }
}
