package id.kantibekisah.reports;

import id.kantibekisah.reports.ReportSection.FigureSheet;
import id.kantibekisah.reports.ReportSection.FigureTable;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import java.util.List;

/**
 * Writes a {@link FigureSheet} (a section's tables) one table under the other on a portrait page: the label column
 * first, the value columns as wide as their headers' longest word, each row as tall as its text needs. Used for the
 * sections of the term report and for figure-only documents ({@link FigureWorkbook}).
 */
final class FigureSheets {
    private static final int LABEL_WIDTH = 40;
    private static final int MIN_VALUE_WIDTH = 9;

    private final WorkbookStyles st;
    private final WorkbookFrame frame;

    FigureSheets(WorkbookStyles st, WorkbookFrame frame) {
        this.st = st;
        this.frame = frame;
    }

    /** A section of the term report as a sheet of its own, with the report's title rows and page setup. */
    void sheet(Workbook wb, ReportExport data, FigureSheet figures) {
        Sheet sheet = wb.createSheet(figures.name());
        int columns = columns(sheet, figures.tables());
        sheet.setDisplayGridlines(false);
        frame.titleRows(sheet, data, figures.title(), columns);
        write(sheet, figures.tables(), WorkbookFrame.TITLE_ROWS + 1, columns);
        sheet.setRepeatingRows(new CellRangeAddress(0, WorkbookFrame.TITLE_ROWS - 1, -1, -1));
        frame.pageSetup(sheet, data, false, columns - 1);
    }

    /** Sets the column widths the tables need; returns how many columns they span. */
    int columns(Sheet sheet, List<FigureTable> tables) {
        int n = 1;
        for (FigureTable t : tables) {
            n = Math.max(n, t.columns().size());
        }
        int[] widths = new int[n];
        widths[0] = LABEL_WIDTH;
        for (int c = 1; c < n; c++) {
            widths[c] = MIN_VALUE_WIDTH;
        }
        for (FigureTable t : tables) {
            for (int c = 1; c < t.columns().size(); c++) {
                widths[c] = Math.max(widths[c], TextFit.widthFor(TextFit.longestWord(t.columns().get(c)),
                        TextFit.BOLD));
            }
        }
        for (int c = 0; c < n; c++) {
            sheet.setColumnWidth(c, widths[c] * 256 + 200);
        }
        return n;
    }

    /** Writes the tables from row {@code r} over {@code columns} columns; returns the first row after them. */
    int write(Sheet sheet, List<FigureTable> tables, int r, int columns) {
        double all = width(sheet, 0, columns);
        for (FigureTable t : tables) {
            Row title = sheet.createRow(r);
            frame.text(title.createCell(0), t.title(), st.section);
            for (int c = 1; c < columns; c++) {
                title.createCell(c).setCellStyle(st.section);
            }
            merge(sheet, r, 0, columns - 1);
            title.setHeightInPoints(TextFit.rowPoints(TextFit.lines(t.title(), all, TextFit.BOLD)));
            r++;
            Row header = sheet.createRow(r++);
            int headerLines = 1;
            for (int c = 0; c < t.columns().size(); c++) {
                String text = t.columns().get(c);
                frame.text(header.createCell(c), text, c == 0 ? st.header : st.headerRight);
                headerLines = Math.max(headerLines, TextFit.lines(text, width(sheet, c, 1), TextFit.BOLD));
            }
            header.setHeightInPoints(TextFit.rowPoints(headerLines));
            for (TermReportTables.Line line : t.lines()) {
                Row x = sheet.createRow(r++);
                frame.text(x.createCell(0), line.label(), line.total() ? st.totalLabel : st.wrap);
                for (int c = 1; c < t.columns().size(); c++) {
                    value(x.createCell(c), c - 1 < line.values().size() ? line.values().get(c - 1) : null,
                            line.total());
                }
                x.setHeightInPoints(TextFit.rowPoints(TextFit.lines(line.label(), width(sheet, 0, 1),
                        line.total() ? TextFit.BOLD : TextFit.REGULAR)));
            }
            if (t.note() != null) {
                int lines = TextFit.lines(t.note(), all, TextFit.REGULAR);
                Row note = sheet.createRow(r);
                frame.text(note.createCell(0), t.note(), st.note);
                note.setHeightInPoints(TextFit.rowPoints(lines));
                merge(sheet, r, 0, columns - 1);
                r++;
            }
            r++;
        }
        return r;
    }

    private void value(Cell cell, Object v, boolean total) {
        value(st, frame, cell, v, total);
    }

    /**
     * One value of a figure table, as the summary and the sections write it: a count, days (one decimal), a share,
     * a change, a text as it is (a hidden count), or a dash for nothing.
     */
    static void value(WorkbookStyles st, WorkbookFrame frame, Cell cell, Object v, boolean total) {
        if (v instanceof Long n) {
            cell.setCellValue(n);
            cell.setCellStyle(total ? st.totalNumber : st.number);
        } else if (v instanceof Double d) {
            cell.setCellValue(d);
            cell.setCellStyle(total ? st.totalNumber : st.days);
        } else if (v instanceof TermReportTables.Share s) {
            cell.setCellValue(s.value());
            cell.setCellStyle(total ? st.totalShare : st.share);
        } else if (v instanceof TermReportTables.Change c) {
            cell.setCellValue(c.value());
            cell.setCellStyle(c.decimal() ? st.changeDecimal : st.change);
        } else if (v instanceof String s) {
            frame.text(cell, s, total ? st.totalNumber : st.none);
        } else {
            frame.text(cell, "\u2013", total ? st.totalNumber : st.none);
        }
    }

    private static double width(Sheet sheet, int from, int count) {
        double w = 0;
        for (int c = from; c < from + count; c++) {
            w += (sheet.getColumnWidth(c) - 200) / 256.0 + 0.78;
        }
        return w;
    }

    private static void merge(Sheet sheet, int r, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }
}
