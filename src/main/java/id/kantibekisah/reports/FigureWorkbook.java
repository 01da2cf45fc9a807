package id.kantibekisah.reports;

import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.ReportSection.FigureSheet;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A workbook of figures only, for a report that leaves the school (the annual TPPK report): one portrait A4 sheet
 * with the school, title, period and note rows repeated on every page, the tables of {@link FigureSheets}, and a
 * signature block of two signatories. It is told nothing but counts and labels, so it can name nobody.
 */
public final class FigureWorkbook {
    /** One signatory: the line above (place and date, or "Mengetahui,"), the office, and the name under the gap. */
    public record Signature(String caption, String office, String name) {
    }

    /**
     * What the workbook says. {@code meta} is the line of dates under the title, {@code note} the line under it
     * (what the figures leave out), {@code footer} the right-hand footer, {@code idLine} under each name ("NIP.").
     */
    public record Document(String school, String title, String meta, String note, String footer, FigureSheet sheet,
                           Signature left, Signature right, String idLine) {
    }

    private FigureWorkbook() {
    }

    /** Writes the workbook; {@code out} is left open. */
    public static void write(Document doc, Messages m, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreator(m.get("app.name"));
            wb.getProperties().getCoreProperties().setTitle(CellText.clean(doc.title()));
            WorkbookStyles st = new WorkbookStyles(wb);
            WorkbookFrame frame = new WorkbookFrame(m, st);
            FigureSheets tables = new FigureSheets(st, frame);
            XSSFSheet sheet = wb.createSheet(doc.sheet().name());
            int columns = tables.columns(sheet, doc.sheet().tables());
            sheet.setDisplayGridlines(false);
            frame.titleRows(sheet, doc.school(), doc.title(), doc.meta(), doc.note(), false, columns);
            int r = tables.write(sheet, doc.sheet().tables(), WorkbookFrame.TITLE_ROWS + 1, columns);
            r = signatures(sheet, st, frame, doc, r, columns);
            sheet.setRepeatingRows(new CellRangeAddress(0, WorkbookFrame.TITLE_ROWS - 1, -1, -1));
            wb.setPrintArea(0, 0, columns - 1, 0, r);
            frame.pageSetup(sheet, doc.school(), doc.footer(), false, columns - 1);
            wb.write(out);
        }
    }

    /** The principal on the left, the other signatory over the value columns. */
    private static int signatures(XSSFSheet sheet, WorkbookStyles st, WorkbookFrame frame, Document doc, int r,
                                  int columns) {
        int right = Math.min(1, columns - 1);
        sign(sheet, frame, r, 0, 0, doc.left().caption(), st.sign);
        sign(sheet, frame, r, right, columns - 1, doc.right().caption(), st.sign);
        sign(sheet, frame, r + 1, 0, 0, doc.left().office(), st.sign);
        sign(sheet, frame, r + 1, right, columns - 1, doc.right().office(), st.sign);
        sign(sheet, frame, r + 5, 0, 0, doc.left().name(), st.signName);
        sign(sheet, frame, r + 5, right, columns - 1, doc.right().name(), st.signName);
        sign(sheet, frame, r + 6, 0, 0, doc.idLine(), st.sign);
        sign(sheet, frame, r + 6, right, columns - 1, doc.idLine(), st.sign);
        for (int i = 0; i < 7; i++) {
            row(sheet, r + i).setHeightInPoints(TextFit.rowPoints(1));
        }
        return r + 7;
    }

    private static void sign(XSSFSheet sheet, WorkbookFrame frame, int r, int from, int to, String text,
                             CellStyle style) {
        frame.text(row(sheet, r).createCell(from), text, style);
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }

    private static Row row(XSSFSheet sheet, int r) {
        Row x = sheet.getRow(r);
        return x != null ? x : sheet.createRow(r);
    }
}
