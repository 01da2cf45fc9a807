package id.kantibekisah.reports;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every sheet of the term report shares: the title rows repeated on every page, the A4 page set-up and the one
 * way text enters a cell. Pages are scaled by a fixed percentage computed from the columns' widths, never below
 * {@link #MIN_SCALE}, so that 10-point text prints at 8 points or more.
 */
final class WorkbookFrame {
    /** The rows above every sheet's content: school, title, period and date of printing, version. */
    static final int TITLE_ROWS = 4;
    /** The smallest print scale, in percent: 10-point text prints at 8 points. */
    static final int MIN_SCALE = 80;
    /** Left and right margins in inches. */
    private static final double SIDE_MARGIN = 0.4;

    private final Messages m;
    private final WorkbookStyles st;

    WorkbookFrame(Messages m, WorkbookStyles st) {
        this.m = m;
        this.st = st;
    }

    /** The printable width of an A4 page between the side margins, in points. */
    static double printableWidth(boolean landscape) {
        double mm = landscape ? 297 : 210;
        return mm / 25.4 * 72 - 2 * SIDE_MARGIN * 72;
    }

    /** How many units of column width fit across a page at the smallest scale, with a small margin. */
    static int widthBudget(boolean landscape) {
        return (int) Math.floor(printableWidth(landscape) / TextFit.POINTS_PER_CHAR * 100 / MIN_SCALE * 0.95);
    }

    /** School, title and period, date of printing, version: merged across the sheet's {@code width} columns. */
    void titleRows(Sheet sheet, ReportExport data, String title, int width) {
        ReportPeriod period = data.figures().period();
        String printed = data.printedBy() == null
                ? m.get("report.printed", Dates.format(data.printedOn(), m.locale()))
                : m.get("report.printedBy", Dates.format(data.printedOn(), m.locale()), data.printedBy());
        titleRows(sheet, data.school().name().isBlank() ? m.get("app.name") : data.school().name(),
                title + " \u2013 " + TermReportTables.periodTitle(period, m),
                TermReportTables.periodDates(period, m) + " \u00b7 " + printed,
                m.get("report.mode.note." + data.mode().name()), data.mode() == ExportMode.FULL, width);
    }

    /** The four title rows from their texts; {@code alert} marks the note as a warning (the full version). */
    void titleRows(Sheet sheet, String school, String title, String meta, String note, boolean alert, int width) {
        line(sheet, 0, school, st.title, width);
        line(sheet, 1, title, st.subtitle, width);
        line(sheet, 2, meta, st.meta, width);
        line(sheet, 3, note, alert ? st.modeFull : st.modeNote, width);
        sheet.getRow(0).setHeightInPoints(20);
        sheet.getRow(1).setHeightInPoints(17);
        sheet.getRow(2).setHeightInPoints(TextFit.rowPoints(1));
        sheet.getRow(3).setHeightInPoints(TextFit.rowPoints(1));
    }

    private void line(Sheet sheet, int r, String text, CellStyle style, int width) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), text, style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
    }

    /**
     * A4, the sheet's columns {@code 0..lastColumn} scaled to the page width (never enlarged), page numbers and the
     * version in the footer.
     */
    void pageSetup(Sheet sheet, ReportExport data, boolean landscape, int lastColumn) {
        pageSetup(sheet, data.school().name().isBlank() ? m.get("app.name") : data.school().name(),
                m.get("report.footer." + data.mode().name()), landscape, lastColumn);
    }

    /** The same from texts: the school on the left of the footer, {@code footer} on its right. */
    void pageSetup(Sheet sheet, String school, String footer, boolean landscape, int lastColumn) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(false);
        print.setScale((short) scaleFor(sheet, landscape, lastColumn));
        sheet.setHorizontallyCenter(!landscape);
        sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        sheet.getFooter().setLeft(headerFooterText(school));
        sheet.getFooter().setCenter(m.get("report.footer.page", "\u0001", "\u0002").replace("&", "&&")
                .replace("\u0001", "&P").replace("\u0002", "&N"));
        sheet.getFooter().setRight(headerFooterText(footer));
    }

    /** The largest whole percentage at which columns {@code 0..lastColumn} fit the page width, at most 100. */
    static int scaleFor(Sheet sheet, boolean landscape, int lastColumn) {
        double points = 0;
        for (int c = 0; c <= lastColumn; c++) {
            points += sheet.getColumnWidth(c) / 256.0 * TextFit.POINTS_PER_CHAR;
        }
        return (int) Math.min(100, Math.floor(printableWidth(landscape) / points * 100 * 0.97));
    }

    /** Header and footer text: ampersands are codes there, so a school's "&" is doubled. */
    private static String headerFooterText(String text) {
        return CellText.clean(text).replace("&", "&&");
    }

    /** The one way text enters a cell: cleaned, and quote-prefixed when it could be read as a formula. */
    void text(Cell cell, String value, CellStyle style) {
        String clean = CellText.clean(value);
        cell.setCellValue(clean == null ? "" : clean);
        cell.setCellStyle(CellText.needsQuotePrefix(clean) ? st.quoted(style) : style);
    }
}
