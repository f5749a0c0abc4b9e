package no.samhandling.funds.control;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import no.samhandling.funds.boundary.FundStatement;
import no.samhandling.platform.control.Letterhead;
import no.samhandling.platform.control.Pdf;
import no.samhandling.rules.NorwegianNumbers;

import java.math.BigDecimal;

/** R-COST-1: the yearly statement of the shared administrative funds as PDF: budget, spent, balance, every spending. */
public final class FundStatementPdf {

    private FundStatementPdf() {
    }

    public static byte[] of(Letterhead letterhead, FundStatement statement) {
        return Pdf.write(letterhead, "Regnskap felles administrative midler " + statement.year(), document -> {
            document.add(new Paragraph("Felles administrative midler " + statement.year(), Pdf.TITLE));
            document.add(new Paragraph("Budsjett: " + kroner(statement.budget()) + "   Brukt: "
                    + kroner(statement.spent()) + "   Saldo: " + kroner(statement.balance()), Pdf.HEADING));
            PdfPTable table = Pdf.table(2, 2, 5, 2, 2);
            Pdf.cells(table, Pdf.HEADING, "Dato", "Beløp", "Formål", "Type", "Vedtak");
            for (FundStatement.Line line : statement.lines()) {
                Pdf.cells(table, Pdf.BODY, Pdf.DAY.format(line.spentOn()), kroner(line.amount()), line.purpose(),
                        kind(line.kind().name()), line.decision() == null ? "" : line.decision());
            }
            document.add(table);
        });
    }

    private static String kroner(BigDecimal amount) {
        return amount == null ? "ikke satt" : NorwegianNumbers.format(amount) + " kr";
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "JOINT_EVENT" -> "Felles arrangement";
            case "PROFESSIONAL_DAY" -> "Fagdag";
            default -> "Annet";
        };
    }
}
