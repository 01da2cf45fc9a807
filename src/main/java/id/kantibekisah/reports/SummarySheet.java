package id.kantibekisah.reports;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.TermReportTables.Kind;
import id.kantibekisah.reports.TermReportTables.Table;
import id.kantibekisah.settings.SchoolProfile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Ringkasan} sheet: the summary tables two by two in bands, each with its counting rule under it, the
 * signatures, then the charts on a page of their own. Columns are as wide as their headers' longest words (no
 * word is broken), every row as tall as its tallest cell needs, and a band that would not fit on the rest of the
 * page starts a new one.
 */
final class SummarySheet {
    static final int COLUMNS = 8;
    static final int RIGHT = 5;
    /** Page height of A4 portrait between the top and bottom margins, in points. */
    private static final double PAGE_POINTS = 297 / 25.4 * 72 - (0.6 + 0.7) * 72;

    /** Where a summary table landed: its first column, its first and last data row (without the total). */
    record Placed(int col, int firstRow, int lastRow) {
    }

    private final XSSFWorkbook wb;
    private final WorkbookStyles st;
    private final WorkbookFrame frame;
    private final Messages m;
    private final ReportExport data;
    private final XSSFSheet sheet;
    private final Map<Kind, Placed> placed = new EnumMap<>(Kind.class);
    private final int[] widths = {32, 11, 11, 11, 2, 28, 9, 9};
    private int row = WorkbookFrame.TITLE_ROWS + 1;
    private double pageCapacity;
    private double used;

    SummarySheet(XSSFWorkbook wb, WorkbookStyles st, WorkbookFrame frame, Messages m, ReportExport data) {
        this.wb = wb;
        this.st = st;
        this.frame = frame;
        this.m = m;
        this.data = data;
        this.sheet = wb.createSheet(m.get("report.sheet.summary"));
    }

    void write() {
        List<Table> tables = TermReportTables.of(data.figures(), m);
        List<List<List<Kind>>> bands = List.of(
                List.of(List.of(Kind.OVERVIEW), List.of(Kind.STATUS, Kind.RISK)),
                List.of(List.of(Kind.CATEGORY), List.of(Kind.GENDER, Kind.GRADE)),
                List.of(List.of(Kind.CLASS), List.of(Kind.SESSIONS, Kind.FOLLOW_UPS)),
                List.of(List.of(Kind.REFERRALS), List.of(Kind.MONTHS)),
                List.of(List.of(Kind.PLACE), List.of(Kind.CHANNEL)),
                List.of(List.of(Kind.COUNSELORS), List.of()));
        for (List<List<Kind>> band : bands) {
            fitColumns(tables, band.get(0), 0);
            fitColumns(tables, band.get(1), RIGHT);
        }
        // The label columns give way when the headers widened the others beyond a portrait page at 80 %.
        while (width(0, COLUMNS) > WorkbookFrame.widthBudget(false) && (widths[0] > 22 || widths[RIGHT] > 20)) {
            if (widths[0] > 22) {
                widths[0]--;
            }
            if (widths[RIGHT] > 20) {
                widths[RIGHT]--;
            }
        }
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256 + 200);
        }
        sheet.setDisplayGridlines(false);
        frame.titleRows(sheet, data, m.get("report.title"), COLUMNS);
        double scale = WorkbookFrame.scaleFor(sheet, false, COLUMNS - 1) / 100.0;
        double titles = 0;
        for (int r = 0; r < WorkbookFrame.TITLE_ROWS; r++) {
            titles += sheet.getRow(r).getHeightInPoints();
        }
        pageCapacity = PAGE_POINTS / scale - titles - TextFit.rowPoints(2);
        used = TextFit.rowPoints(1);
        for (List<List<Kind>> band : bands) {
            band(tables, band.get(0), band.get(1));
        }
        signatures();
        SummaryCharts.add(sheet, st, frame, m, placed, row);
        row += SummaryCharts.ROWS;
        sheet.setRepeatingRows(new CellRangeAddress(0, WorkbookFrame.TITLE_ROWS - 1, -1, -1));
        wb.setPrintArea(wb.getSheetIndex(sheet), 0, COLUMNS - 1, 0, row);
        frame.pageSetup(sheet, data, false, COLUMNS - 1);
    }

    /** Widens the columns under these tables so that every header word fits unbroken. */
    private void fitColumns(List<Table> tables, List<Kind> kinds, int col) {
        for (Kind k : kinds) {
            Table t = TermReportTables.find(tables, k);
            for (int c = 0; c < t.columns().size(); c++) {
                String word = TextFit.longestWord(t.columns().get(c));
                widths[col + c] = Math.max(widths[col + c], TextFit.widthFor(word, TextFit.BOLD));
            }
        }
    }

    private double width(int from, int count) {
        double w = 0;
        for (int c = from; c < from + count; c++) {
            w += widths[c] + 0.78;
        }
        return w;
    }

    /** Tables side by side; a band that would not fit on the rest of the page starts a new page. */
    private void band(List<Table> tables, List<Kind> left, List<Kind> right) {
        List<Float> l = stackHeights(tables, left, 0);
        List<Float> r = stackHeights(tables, right, RIGHT);
        List<Float> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(l.size(), r.size()); i++) {
            rows.add(Math.max(i < l.size() ? l.get(i) : 0f, i < r.size() ? r.get(i) : 0f));
        }
        keepTogether(rows.stream().mapToDouble(Float::doubleValue).sum());
        int start = row;
        stack(tables, left, 0, start);
        stack(tables, right, RIGHT, start);
        for (int i = 0; i < rows.size(); i++) {
            row(start + i).setHeightInPoints(Math.max(rows.get(i), TextFit.rowPoints(1)));
        }
        row = start + rows.size() + 1;
        used += TextFit.rowPoints(1);
    }

    private void keepTogether(double points) {
        if (used + points > pageCapacity && row > WorkbookFrame.TITLE_ROWS + 1) {
            sheet.setRowBreak(row - 1);
            used = 0;
        }
        used += points;
    }

    /** The heights of the rows a stack of tables takes, one empty row between two tables. */
    private List<Float> stackHeights(List<Table> tables, List<Kind> kinds, int col) {
        List<Float> out = new ArrayList<>();
        for (Kind k : kinds) {
            if (!out.isEmpty()) {
                out.add(TextFit.rowPoints(1));
            }
            out.addAll(heights(TermReportTables.find(tables, k), col));
        }
        return out;
    }

    /** The heights of one table's rows: title, header, lines, then its note over as many rows as it has lines. */
    private List<Float> heights(Table t, int col) {
        int n = t.columns().size();
        List<Float> out = new ArrayList<>();
        out.add(TextFit.rowPoints(TextFit.lines(t.title(), width(col, n), TextFit.BOLD)));
        int header = 1;
        for (int c = 0; c < n; c++) {
            header = Math.max(header, TextFit.lines(t.columns().get(c), width(col + c, 1), TextFit.BOLD));
        }
        out.add(TextFit.rowPoints(header));
        for (TermReportTables.Line line : t.lines()) {
            out.add(TextFit.rowPoints(TextFit.lines(line.label(), width(col, 1),
                    line.total() ? TextFit.BOLD : TextFit.REGULAR)));
        }
        for (int i = 0; i < noteLines(t, col); i++) {
            out.add(TextFit.rowPoints(1));
        }
        return out;
    }

    private int noteLines(Table t, int col) {
        return t.note() == null ? 0 : TextFit.lines(t.note(), width(col, t.columns().size()), TextFit.REGULAR);
    }

    private void stack(List<Table> tables, List<Kind> kinds, int col, int start) {
        int r = start;
        for (Kind k : kinds) {
            r = table(TermReportTables.find(tables, k), col, r) + 1;
        }
    }

    /** Writes one table at (r, col); returns the row after it. */
    private int table(Table t, int col, int r) {
        int width = t.columns().size();
        Row titleRow = row(r);
        frame.text(titleRow.createCell(col), t.title(), st.section);
        for (int c = col + 1; c < col + width; c++) {
            titleRow.createCell(c).setCellStyle(st.section);
        }
        merge(r, col, col + width - 1);
        r++;
        Row header = row(r++);
        for (int c = 0; c < width; c++) {
            frame.text(header.createCell(col + c), t.columns().get(c), c == 0 ? st.header : st.headerRight);
        }
        int first = r;
        for (TermReportTables.Line line : t.lines()) {
            Row x = row(r++);
            frame.text(x.createCell(col), line.label(), line.total() ? st.totalLabel : st.wrap);
            for (int c = 0; c < width - 1; c++) {
                value(x.createCell(col + 1 + c), c < line.values().size() ? line.values().get(c) : null,
                        line.total());
            }
        }
        boolean hasTotal = !t.lines().isEmpty() && t.lines().get(t.lines().size() - 1).total();
        placed.put(t.kind(), new Placed(col, first, hasTotal ? r - 2 : r - 1));
        if (t.note() != null) {
            // Merged over as many rows as it has lines, so the table beside it keeps its row heights.
            int lines = noteLines(t, col);
            frame.text(row(r).createCell(col), t.note(), st.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r + lines - 1, col, col + width - 1));
            r += lines;
        }
        return r;
    }

    private void value(Cell cell, Object v, boolean total) {
        FigureSheets.value(st, frame, cell, v, total);
    }

    /** "Mengetahui, Kepala Sekolah" on the left, the BK teacher with place and date on the right. */
    private void signatures() {
        keepTogether(9 * TextFit.rowPoints(1));
        SchoolProfile school = data.school();
        String place = school.city() == null || school.city().isBlank() ? "" : school.city().trim() + ", ";
        int r = row;
        signLine(r, 0, m.get("report.sign.acknowledged"));
        signLine(r, RIGHT, place + Dates.format(data.printedOn(), m.locale()));
        signLine(r + 1, 0, m.get("report.sign.principal", school.name()));
        signLine(r + 1, RIGHT, m.get("report.sign.counselor"));
        String principal = school.principalName() == null || school.principalName().isBlank()
                ? m.get("report.sign.blank") : school.principalName();
        signName(r + 5, 0, principal);
        String counselor = data.signingCounselor() != null ? data.signingCounselor() : m.get("report.sign.blank");
        signName(r + 5, RIGHT, counselor);
        signLine(r + 6, 0, m.get("report.sign.nip"));
        signLine(r + 6, RIGHT, m.get("report.sign.nip"));
        for (int i = 0; i < 7; i++) {
            row(r + i).setHeightInPoints(TextFit.rowPoints(1));
        }
        row = r + 8;
    }

    private void signLine(int r, int col, String text) {
        sign(r, col, text, st.sign);
    }

    private void signName(int r, int col, String text) {
        sign(r, col, text, st.signName);
    }

    private void sign(int r, int col, String text, CellStyle style) {
        frame.text(row(r).createCell(col), text, style);
        merge(r, col, col + (col == 0 ? 3 : 2));
    }

    private Row row(int r) {
        Row x = sheet.getRow(r);
        return x != null ? x : sheet.createRow(r);
    }

    private void merge(int r, int from, int to) {
        if (to > from) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
        }
    }
}
