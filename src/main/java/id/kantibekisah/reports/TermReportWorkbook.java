package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.ReportExport.CaseRow;
import id.kantibekisah.reports.ReportExport.FollowUpRow;
import id.kantibekisah.reports.ReportExport.Party;
import id.kantibekisah.reports.ReportExport.ReferralRow;
import id.kantibekisah.reports.ReportExport.SessionRow;
import id.kantibekisah.reports.TermReportTables.Kind;
import id.kantibekisah.reports.TermReportTables.Table;
import id.kantibekisah.settings.SchoolProfile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a {@link ReportExport} as the term report workbook: {@code Ringkasan} (the summary tables, the signatures
 * and native charts), then the lists {@code Daftar Kasus}, {@code Layanan}, {@code Rujukan} and
 * {@code Tindak Lanjut}. Every sheet is set up to print on A4 without fiddling: fit to the page width, title rows
 * repeated on every page, page numbers in the footer; the lists landscape, with a frozen header and a filter.
 *
 * <p>The summary is built in memory (charts need it); the lists are streamed ({@link SXSSFWorkbook}), so a long
 * term costs no more memory than a short one. Every text goes through {@link CellText}: no cell is ever a formula.
 */
public final class TermReportWorkbook {
    /** The rows above every sheet's content: school, title, period and date of printing, version. */
    static final int TITLE_ROWS = 4;
    /** Rows of one portrait page below the repeated title rows, with room to spare for the scaling. */
    private static final int SUMMARY_ROWS_PER_PAGE = 50;
    private static final int SUMMARY_COLUMNS = 8;
    private static final int RIGHT = 5;
    private static final int STREAM_WINDOW = 200;
    private static final byte[] TEAL = {(byte) 0x0f, (byte) 0x76, (byte) 0x6e};
    private static final byte[] TEAL_SOFT = {(byte) 0xe6, (byte) 0xf4, (byte) 0xf1};
    private static final byte[] GREY = {(byte) 0x57, (byte) 0x60, (byte) 0x6a};
    private static final byte[] RED = {(byte) 0xb4, (byte) 0x23, (byte) 0x18};
    private static final byte[] BORDER = {(byte) 0xb8, (byte) 0xc4, (byte) 0xc2};
    /** The status colours of the app's badges, for the pie chart. */
    static final Map<CaseStatus, byte[]> STATUS_COLOURS = Map.of(
            CaseStatus.NEW, rgb(0x54aeff), CaseStatus.IN_REVIEW, rgb(0x8250df), CaseStatus.IN_PROGRESS,
            rgb(0xd4a72c), CaseStatus.ESCALATED, rgb(0xcf222e), CaseStatus.RESOLVED, rgb(0x2da44e),
            CaseStatus.DISMISSED, rgb(0x8c959f));

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    private final Messages m;
    /** The styles of the workbook being written. */
    private Styles styles;
    /**
     * The lists' repeated texts (labels, states), each formatted once: {@link Messages} builds a
     * {@link java.text.MessageFormat} per call, which costs more than writing the cell itself.
     */
    private final Map<Object, String> texts = new HashMap<>();

    public TermReportWorkbook(Messages messages) {
        this.m = messages;
    }

    /** Writes the workbook; {@code out} is left open. */
    public void write(ReportExport data, OutputStream out, Progress progress) throws IOException {
        long total = 1L + data.cases().size() + data.sessions().size() + data.referrals().size()
                + data.followUps().size();
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            base.getProperties().getCoreProperties().setCreator(m.get("app.name"));
            base.getProperties().getCoreProperties().setTitle(m.get("report.title") + " \u2013 "
                    + TermReportTables.periodTitle(data.figures().period(), m));
            Styles st = new Styles(base);
            styles = st;
            new Summary(base, st, data).write();
            progress.update(1, total);
            SXSSFWorkbook wb = new SXSSFWorkbook(base, STREAM_WINDOW);
            try {
                long[] done = {1};
                Runnable tick = () -> {
                    if (++done[0] % 50 == 0) {
                        progress.update(done[0], total);
                    }
                };
                caseList(wb, st, data, tick);
                sessionList(wb, st, data, tick);
                referralList(wb, st, data, tick);
                followUpList(wb, st, data, tick);
                wb.setActiveSheet(0);
                wb.write(out);
                progress.update(total, total);
            } finally {
                wb.dispose();
            }
        }
    }

    // ---- the summary sheet --------------------------------------------------------------------------------

    /** Where a summary table landed: its first column, its first and last data row (without the total). */
    private record Placed(int col, int firstRow, int lastRow) {
    }

    private final class Summary {
        private final XSSFWorkbook wb;
        private final Styles st;
        private final ReportExport data;
        private final XSSFSheet sheet;
        private final Map<Kind, Placed> placed = new EnumMap<>(Kind.class);
        private int row = TITLE_ROWS + 1;

        Summary(XSSFWorkbook wb, Styles st, ReportExport data) {
            this.wb = wb;
            this.st = st;
            this.data = data;
            this.sheet = wb.createSheet(m.get("report.sheet.summary"));
        }

        void write() {
            int[] widths = {36, 10, 9, 9, 2, 31, 9, 8};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256 + 200);
            }
            sheet.setDisplayGridlines(false);
            titleRows(sheet, st, data, m.get("report.title"), SUMMARY_COLUMNS);
            List<Table> tables = TermReportTables.of(data.figures(), m);
            band(tables, List.of(Kind.OVERVIEW), List.of(Kind.STATUS, Kind.RISK));
            band(tables, List.of(Kind.CATEGORY), List.of(Kind.GENDER, Kind.GRADE));
            band(tables, List.of(Kind.CLASS), List.of(Kind.SESSIONS, Kind.FOLLOW_UPS));
            band(tables, List.of(Kind.REFERRALS), List.of(Kind.MONTHS));
            signatures();
            charts();
            sheet.setRepeatingRows(new CellRangeAddress(0, TITLE_ROWS - 1, -1, -1));
            wb.setPrintArea(wb.getSheetIndex(sheet), 0, SUMMARY_COLUMNS - 1, 0, row);
            pageSetup(sheet, data, false);
        }

        /** Tables side by side; a band that would not fit on the rest of the page starts a new page. */
        private void band(List<Table> tables, List<Kind> left, List<Kind> right) {
            int height = Math.max(height(tables, left, 0), height(tables, right, RIGHT));
            keepTogether(height);
            int start = row;
            int end = stack(tables, left, 0, start);
            int endRight = stack(tables, right, RIGHT, start);
            row = Math.max(end, endRight) + 1;
        }

        private void keepTogether(int height) {
            int used = (row - TITLE_ROWS) % SUMMARY_ROWS_PER_PAGE;
            if (used + height > SUMMARY_ROWS_PER_PAGE && row > TITLE_ROWS + 1) {
                sheet.setRowBreak(row - 1);
            }
        }

        private int height(List<Table> tables, List<Kind> kinds, int col) {
            int h = 0;
            for (Kind k : kinds) {
                Table t = TermReportTables.find(tables, k);
                h += 2 + t.lines().size() + (t.note() == null ? 0 : noteLines(t, col)) + 1;
            }
            return h;
        }

        /** How many lines a note needs under a table of these columns (8-point italic, roughly 1.2 per char). */
        private int noteLines(Table t, int col) {
            int chars = 0;
            for (int c = col; c < col + t.columns().size(); c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            return Math.max(1, (int) Math.ceil(t.note().length() / (chars * 1.2)));
        }

        private int stack(List<Table> tables, List<Kind> kinds, int col, int start) {
            int r = start;
            for (Kind k : kinds) {
                r = table(TermReportTables.find(tables, k), col, r) + 1;
            }
            return r - 1;
        }

        /** Writes one table at (r, col); returns the row after it. */
        private int table(Table t, int col, int r) {
            int width = t.columns().size();
            Row titleRow = row(r);
            text(titleRow.createCell(col), t.title(), st.section);
            for (int c = col + 1; c < col + width; c++) {
                titleRow.createCell(c).setCellStyle(st.section);
            }
            merge(r, col, col + width - 1);
            r++;
            Row header = row(r++);
            for (int c = 0; c < width; c++) {
                String h = t.columns().get(c);
                text(header.createCell(col + c), h, c == 0 ? st.header : st.headerRight);
                if (h.length() > sheet.getColumnWidth(col + c) / 256 - 1) {
                    header.setHeightInPoints(Math.max(header.getHeightInPoints(), 26));
                }
            }
            int first = r;
            for (TermReportTables.Line line : t.lines()) {
                Row x = row(r++);
                text(x.createCell(col), line.label(), line.total() ? st.totalLabel : st.text);
                for (int c = 0; c < width - 1; c++) {
                    value(x.createCell(col + 1 + c), c < line.values().size() ? line.values().get(c) : null,
                            line.total());
                }
            }
            boolean hasTotal = !t.lines().isEmpty() && t.lines().get(t.lines().size() - 1).total();
            placed.put(t.kind(), new Placed(col, first, hasTotal ? r - 2 : r - 1));
            if (t.note() != null) {
                // Merged over as many ordinary rows as it has lines, so the table beside it keeps its row height.
                int lines = noteLines(t, col);
                text(row(r).createCell(col), t.note(), st.note);
                sheet.addMergedRegion(new CellRangeAddress(r, r + lines - 1, col, col + width - 1));
                r += lines;
            }
            return r;
        }

        private void value(Cell cell, Object v, boolean total) {
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
            } else {
                text(cell, "\u2013", total ? st.totalNumber : st.none);
            }
        }

        /** "Mengetahui, Kepala Sekolah" on the left, the BK teacher with place and date on the right. */
        private void signatures() {
            keepTogether(9);
            SchoolProfile school = data.school();
            String place = school.city() == null || school.city().isBlank() ? ""
                    : school.city().trim() + ", ";
            int r = row;
            signLine(r, 0, m.get("report.sign.acknowledged"), st.sign);
            signLine(r, RIGHT, place + Dates.format(data.printedOn(), m.locale()), st.sign);
            signLine(r + 1, 0, m.get("report.sign.principal", school.name()), st.sign);
            signLine(r + 1, RIGHT, m.get("report.sign.counselor"), st.sign);
            String principal = school.principalName() == null || school.principalName().isBlank()
                    ? m.get("report.sign.blank") : school.principalName();
            signLine(r + 5, 0, principal, st.signName);
            String counselor = data.signingCounselor() != null ? data.signingCounselor()
                    : m.get("report.sign.blank");
            signLine(r + 5, RIGHT, counselor, st.signName);
            signLine(r + 6, 0, m.get("report.sign.nip"), st.sign);
            signLine(r + 6, RIGHT, m.get("report.sign.nip"), st.sign);
            row = r + 8;
        }

        private void signLine(int r, int col, String text, CellStyle style) {
            text(row(r).createCell(col), text, style);
            merge(r, col, col + (col == 0 ? 3 : 2));
        }

        /** The charts on a page of their own, after the signatures, from the tables' own cells. */
        private void charts() {
            sheet.setRowBreak(row - 1);
            int r = row;
            text(row(r).createCell(0), m.get("report.charts.title"), st.subtitle);
            merge(r, 0, SUMMARY_COLUMNS - 1);
            r += 2;
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            Placed category = placed.get(Kind.CATEGORY);
            XSSFChart bar = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, r, SUMMARY_COLUMNS, r + 24));
            categoryChart(bar, category);
            r += 25;
            XSSFChart line = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, r, 4, r + 20));
            monthChart(line, placed.get(Kind.MONTHS));
            XSSFChart pie = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, RIGHT, r, SUMMARY_COLUMNS, r + 20));
            statusChart(pie, placed.get(Kind.STATUS));
            row = r + 21;
        }

        private void categoryChart(XSSFChart chart, Placed p) {
            title(chart, m.get("report.chart.category"));
            XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
            categories.setOrientation(AxisOrientation.MAX_MIN);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
            values.setCrosses(AxisCrosses.MAX);
            long most = data0(p);
            values.setMajorUnit(Math.max(1, Math.ceil(most / 8.0)));
            XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
            data.setBarDirection(BarDirection.BAR);
            data.setVaryColors(false);
            XDDFChartData.Series s = data.addSeries(labels(p), numbers(p, 1));
            s.setTitle(m.get("report.col.count"), null);
            s.setShapeProperties(solid(TEAL));
            chart.plot(data);
            showValues(((XDDFBarChartData.Series) s).getCTBarSer().isSetDLbls()
                    ? ((XDDFBarChartData.Series) s).getCTBarSer().getDLbls()
                    : ((XDDFBarChartData.Series) s).getCTBarSer().addNewDLbls(), false);
        }

        private void monthChart(XSSFChart chart, Placed p) {
            title(chart, m.get("report.chart.month"));
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis months = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
            values.setCrosses(AxisCrosses.AUTO_ZERO);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, months, values);
            XDDFDataSource<String> labels = labels(p);
            XDDFLineChartData.Series opened = (XDDFLineChartData.Series) data.addSeries(labels, numbers(p, 1));
            opened.setTitle(m.get("report.col.opened"), null);
            opened.setMarkerStyle(MarkerStyle.CIRCLE);
            opened.setSmooth(false);
            opened.setShapeProperties(line(TEAL));
            XDDFLineChartData.Series closed = (XDDFLineChartData.Series) data.addSeries(labels, numbers(p, 2));
            closed.setTitle(m.get("report.col.closed"), null);
            closed.setMarkerStyle(MarkerStyle.SQUARE);
            closed.setSmooth(false);
            closed.setShapeProperties(line(new byte[] {(byte) 0xe0, (byte) 0x7a, (byte) 0x1f}));
            chart.plot(data);
        }

        private void statusChart(XSSFChart chart, Placed p) {
            title(chart, m.get("report.chart.status"));
            chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
            XDDFPieChartData data = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
            data.setVaryColors(true);
            XDDFPieChartData.Series s = (XDDFPieChartData.Series) data.addSeries(labels(p), numbers(p, 1));
            s.setTitle(m.get("report.col.count"), null);
            chart.plot(data);
            // Each status its own colour (the app's badge colours); LibreOffice ignores varyColors alone.
            for (CaseStatus status : CaseStatus.values()) {
                s.getDataPoint(status.ordinal()).setFillProperties(
                        new XDDFSolidFillProperties(XDDFColor.from(STATUS_COLOURS.get(status))));
            }
            showValues(s.getCTPieSer().isSetDLbls() ? s.getCTPieSer().getDLbls() : s.getCTPieSer().addNewDLbls(),
                    true);
        }

        private void title(XSSFChart chart, String text) {
            chart.setTitleText(text);
            chart.setTitleOverlay(false);
            var run = chart.getTitle().getBody().getParagraph(0).getTextRuns().get(0);
            run.setFontSize(12.0);
            run.setBold(true);
        }

        /** The largest count of a table's first value column. */
        private long data0(Placed p) {
            long most = 0;
            for (int r = p.firstRow(); r <= p.lastRow(); r++) {
                most = Math.max(most, (long) sheet.getRow(r).getCell(p.col() + 1).getNumericCellValue());
            }
            return most;
        }

        private XDDFDataSource<String> labels(Placed p) {
            return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(p.firstRow(), p.lastRow(), p.col(), p.col()));
        }

        private XDDFNumericalDataSource<Double> numbers(Placed p, int offset) {
            return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(p.firstRow(), p.lastRow(), p.col() + offset, p.col() + offset));
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

    private static XDDFShapeProperties solid(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        return p;
    }

    private static XDDFShapeProperties line(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        org.apache.poi.xddf.usermodel.XDDFLineProperties line = new org.apache.poi.xddf.usermodel.XDDFLineProperties();
        line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        line.setWidth(2.25);
        p.setLineProperties(line);
        return p;
    }

    /** Numbers on the bars or slices (no zero slices' clutter: the legend names every status). */
    private static void showValues(CTDLbls labels, boolean pie) {
        labels.addNewShowVal().setVal(!pie);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(pie);
        labels.addNewShowBubbleSize().setVal(false);
        if (pie) {
            labels.addNewShowLeaderLines().setVal(true);
        }
    }

    // ---- the list sheets ----------------------------------------------------------------------------------

    /** One column of a list sheet: header, how wide it may grow, how its cells look, and its value. */
    private record Column<T>(String header, int maxWidth, Kind kind, Function<T, Object> value) {
        enum Kind { TEXT, WRAP, CENTER, DATE, NUMBER }
    }

    private <T> Column<T> col(String key, int maxWidth, Column.Kind kind, Function<T, Object> value) {
        return new Column<>(m.get(key), maxWidth, kind, value);
    }

    private void caseList(SXSSFWorkbook wb, Styles st, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<CaseRow>> cols = new ArrayList<>();
        cols.add(col("report.list.code", 13, Column.Kind.TEXT, CaseRow::code));
        cols.add(col("report.list.opened", 10, Column.Kind.DATE, CaseRow::openedOn));
        cols.add(col("report.list.reviewed", 10, Column.Kind.DATE, CaseRow::reviewedOn));
        cols.add(col("report.list.closed", 10, Column.Kind.DATE, CaseRow::closedOn));
        cols.add(col("report.list.days", 6, Column.Kind.NUMBER, CaseRow::daysToClose));
        cols.add(col("report.list.students", full ? 30 : 24, Column.Kind.WRAP, c -> parties(c.parties())));
        if (full) {
            cols.add(col("report.list.nisn", 11, Column.Kind.WRAP, c -> nisn(c.parties())));
        }
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, CaseRow::className));
        cols.add(col("report.list.category", 18, Column.Kind.WRAP, c -> label(c.category())));
        cols.add(col("report.list.risk", 8, Column.Kind.CENTER, c -> label(c.risk())));
        cols.add(col("report.list.status", 12, Column.Kind.WRAP, c -> label(c.status())));
        cols.add(col("report.list.counselor", 16, Column.Kind.WRAP, c -> orDash(c.counselor(), c.status())));
        cols.add(col("report.list.sessions", 8, Column.Kind.NUMBER, CaseRow::sessions));
        cols.add(col("report.list.referrals", 24, Column.Kind.WRAP, c -> referrals(c.referrals())));
        if (full) {
            cols.add(col("report.list.description", 40, Column.Kind.WRAP, CaseRow::description));
            cols.add(col("report.list.recommendation", 30, Column.Kind.WRAP, CaseRow::recommendation));
            cols.add(col("report.list.outcome", 34, Column.Kind.WRAP, CaseRow::outcome));
        }
        list(wb, st, data, once("report.sheet.cases"), cols, data.cases(), tick);
    }

    private void sessionList(SXSSFWorkbook wb, Styles st, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<SessionRow>> cols = new ArrayList<>();
        cols.add(col("report.list.date", 10, Column.Kind.DATE, SessionRow::heldOn));
        cols.add(col("report.list.code", 13, Column.Kind.TEXT, SessionRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, s -> ReportExport.classOf(s.parties())));
        cols.add(col("report.list.students", full ? 34 : 30, Column.Kind.WRAP, s -> parties(s.parties())));
        cols.add(col("report.list.sessionKind", 22, Column.Kind.TEXT, s -> label(s.kind())));
        cols.add(col("report.list.counselor", 22, Column.Kind.TEXT, SessionRow::counselor));
        if (full) {
            cols.add(col("report.list.notes", 50, Column.Kind.WRAP, SessionRow::notes));
            cols.add(col("report.list.nextStep", 34, Column.Kind.WRAP, SessionRow::nextStep));
        }
        list(wb, st, data, once("report.sheet.sessions"), cols, data.sessions(), tick);
    }

    private void referralList(SXSSFWorkbook wb, Styles st, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<ReferralRow>> cols = new ArrayList<>();
        cols.add(col("report.list.date", 10, Column.Kind.DATE, ReferralRow::referredOn));
        cols.add(col("report.list.code", 13, Column.Kind.TEXT, ReferralRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, r -> ReportExport.classOf(r.parties())));
        cols.add(col("report.list.students", full ? 30 : 26, Column.Kind.WRAP, r -> parties(r.parties())));
        cols.add(col("report.list.destination", 22, Column.Kind.WRAP, r -> label(r.destination())));
        cols.add(col("report.list.where", 12, Column.Kind.WRAP, r -> once(r.destination().internal()
                ? "report.list.internal" : "report.list.external")));
        cols.add(col("report.list.referredBy", 20, Column.Kind.WRAP, ReferralRow::referredBy));
        cols.add(col("report.list.acknowledged", 12, Column.Kind.DATE, ReferralRow::acknowledgedOn));
        cols.add(col("report.list.outcomeOn", 10, Column.Kind.DATE, ReferralRow::outcomeOn));
        if (full) {
            cols.add(col("report.list.reason", 36, Column.Kind.WRAP, ReferralRow::reason));
            cols.add(col("report.list.referralOutcome", 36, Column.Kind.WRAP, ReferralRow::outcome));
            cols.add(col("report.list.acknowledgement", 30, Column.Kind.WRAP, ReferralRow::acknowledgement));
        }
        list(wb, st, data, once("report.sheet.referrals"), cols, data.referrals(), tick);
    }

    private void followUpList(SXSSFWorkbook wb, Styles st, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        LocalDate asOf = data.figures().asOf();
        List<Column<FollowUpRow>> cols = new ArrayList<>();
        cols.add(col("report.list.due", 11, Column.Kind.DATE, FollowUpRow::dueOn));
        cols.add(col("report.list.code", 13, Column.Kind.TEXT, FollowUpRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, f -> ReportExport.classOf(f.parties())));
        cols.add(col("report.list.assignee", 22, Column.Kind.TEXT, FollowUpRow::assignee));
        cols.add(col("report.list.done", 11, Column.Kind.DATE, FollowUpRow::doneOn));
        cols.add(col("report.list.state", 32, Column.Kind.TEXT, f -> followUpState(f, asOf)));
        if (full) {
            cols.add(col("report.list.task", 44, Column.Kind.WRAP, FollowUpRow::description));
            cols.add(col("report.list.doneNote", 36, Column.Kind.WRAP, FollowUpRow::doneNote));
        }
        list(wb, st, data, once("report.sheet.followUps"), cols, data.followUps(), tick);
    }

    private String followUpState(FollowUpRow f, LocalDate asOf) {
        if (f.cancelled()) {
            return once("report.followUp.cancelled");
        }
        if (f.doneOn() != null) {
            long late = ChronoUnit.DAYS.between(f.dueOn(), f.doneOn());
            return late <= 0 ? once("report.followUp.onTime") : once("report.list.doneLate", late);
        }
        long overdue = ChronoUnit.DAYS.between(f.dueOn(), asOf);
        return overdue > 0 ? once("report.list.overdueBy", overdue) : once("report.followUp.pending");
    }

    private String label(id.kantibekisah.common.Labeled value) {
        return value == null ? "" : texts.computeIfAbsent(value, v -> m.label(value));
    }

    private String once(String key) {
        return texts.computeIfAbsent(key, k -> m.get(key));
    }

    private String once(String key, long n) {
        return texts.computeIfAbsent(List.of(key, n), k -> m.get(key, n));
    }

    private String orDash(String counselor, CaseStatus status) {
        return counselor != null ? counselor : status == CaseStatus.NEW ? once("report.list.unassigned") : "";
    }

    private String parties(List<Party> parties) {
        String primaryClass = ReportExport.classOf(parties);
        return parties.stream().map(p -> p.name() + " (" + label(p.role())
                        + (p.className().equals(primaryClass) ? "" : ", " + p.className()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String nisn(List<Party> parties) {
        return parties.stream().map(p -> p.nisn() == null ? "" : p.nisn()).collect(Collectors.joining("; "));
    }

    private String referrals(List<ReportExport.ReferralBrief> referrals) {
        return referrals.stream().map(r -> label(r.destination()) + " (" + Dates.formatShort(r.on()) + ")")
                .collect(Collectors.joining("; "));
    }

    /**
     * A list sheet: title rows, a header row with a filter, one row per item, streamed. Wrapping columns have
     * their full width and every row the height its longest text needs (spreadsheets do not grow rows of a
     * written file by themselves); the other columns are as wide as their content, up to their limit.
     */
    private <T> void list(SXSSFWorkbook wb, Styles st, ReportExport data, String name, List<Column<T>> cols,
                          List<T> items, Runnable tick) {
        SXSSFSheet sheet = wb.createSheet(name);
        int width = cols.size() + 1;
        titleRows(sheet, st, data, name, width);
        int headerRow = TITLE_ROWS;
        Row header = sheet.createRow(headerRow);
        header.setHeightInPoints(2 * LINE_HEIGHT + 3);
        text(header.createCell(0), m.get("report.list.number"), st.headerCenter);
        int[] widths = new int[width];
        widths[0] = 4;
        for (int c = 0; c < cols.size(); c++) {
            Column<T> column = cols.get(c);
            text(header.createCell(c + 1), column.header(), column.kind() == Column.Kind.NUMBER ? st.headerRight
                    : st.header);
            widths[c + 1] = column.kind() == Column.Kind.WRAP ? column.maxWidth()
                    : Math.min(column.maxWidth(), longestWord(column.header()));
        }
        int r = headerRow + 1;
        for (T item : items) {
            Row x = sheet.createRow(r);
            Cell number = x.createCell(0);
            number.setCellValue(r - headerRow);
            number.setCellStyle(st.listNumber);
            int lines = 1;
            for (int c = 0; c < cols.size(); c++) {
                Column<T> column = cols.get(c);
                Object v = column.value().apply(item);
                int length = listCell(x.createCell(c + 1), v, column.kind(), st);
                if (column.kind() == Column.Kind.WRAP) {
                    lines = Math.max(lines, wrappedLines(v, column.maxWidth()));
                } else {
                    widths[c + 1] = Math.max(widths[c + 1], Math.min(column.maxWidth(), length));
                }
            }
            if (lines > 1) {
                x.setHeightInPoints(lines * LINE_HEIGHT + 2);
            }
            r++;
            tick.run();
        }
        if (items.isEmpty()) {
            Row x = sheet.createRow(r);
            text(x.createCell(0), m.get("report.list.empty"), st.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.min(width - 1, 6)));
        }
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, (widths[c] + 1) * 256 + 128);
        }
        sheet.createFreezePane(2, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - (items.isEmpty() ? 0 : 1)), 0,
                width - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        pageSetup(sheet, data, true);
    }

    /** Points per line of 10-point text. */
    private static final float LINE_HEIGHT = 12.75f;

    /** How many lines a text takes in a wrapping column of this many characters (word wrap wastes a little). */
    static int wrappedLines(Object value, int columnWidth) {
        if (value == null) {
            return 1;
        }
        // A column's width counts digits; ordinary text is narrower, about 1.15 letters to a digit.
        int widthChars = (int) (columnWidth * 1.15);
        int lines = 0;
        for (String line : value.toString().split("\n", -1)) {
            int used = 0;
            int count = 1;
            for (String word : line.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > widthChars) {
                    count++;
                    used = len;
                } else {
                    used += (used > 0 ? 1 : 0) + len;
                }
                while (used > widthChars) {
                    count++;
                    used -= widthChars;
                }
            }
            lines += count;
        }
        return Math.max(1, lines);
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String w : header.split("\\s+")) {
            longest = Math.max(longest, w.length());
        }
        return longest;
    }

    /** Writes one list cell; returns the width its content asks for, in characters. */
    private int listCell(Cell cell, Object v, Column.Kind kind, Styles st) {
        if (v == null) {
            cell.setCellStyle(kind == Column.Kind.WRAP ? st.wrap : st.text);
            return 0;
        }
        if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(st.date);
            return 10;
        }
        if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(st.listNumber);
            return String.valueOf(n).length();
        }
        String s = v.toString();
        text(cell, s, switch (kind) {
            case WRAP -> st.wrap;
            case CENTER -> st.center;
            default -> st.text;
        });
        int longestLine = 0;
        for (String line : s.split("\n")) {
            longestLine = Math.max(longestLine, line.length());
        }
        return longestLine;
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /** School, title and period, date of printing, version: the rows repeated at the top of every page. */
    private void titleRows(Sheet sheet, Styles st, ReportExport data, String title, int width) {
        ReportPeriod period = data.figures().period();
        line(sheet, 0, data.school().name().isBlank() ? m.get("app.name") : data.school().name(), st.title, width);
        line(sheet, 1, title + " \u2013 " + TermReportTables.periodTitle(period, m), st.subtitle, width);
        String printed = data.printedBy() == null
                ? m.get("report.printed", Dates.format(data.printedOn(), m.locale()))
                : m.get("report.printedBy", Dates.format(data.printedOn(), m.locale()), data.printedBy());
        line(sheet, 2, TermReportTables.periodDates(period, m) + " \u00b7 " + printed, st.meta, width);
        line(sheet, 3, m.get("report.mode.note." + data.mode().name()),
                data.mode() == ExportMode.FULL ? st.modeFull : st.modeNote, width);
    }

    private void line(Sheet sheet, int r, String text, CellStyle style, int width) {
        Row row = sheet.createRow(r);
        text(row.createCell(0), text, style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, Math.min(width, 12) - 1));
        }
    }

    private void pageSetup(Sheet sheet, ReportExport data, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(!landscape);
        sheet.setMargin(Sheet.LeftMargin, 0.5);
        sheet.setMargin(Sheet.RightMargin, 0.5);
        sheet.setMargin(Sheet.TopMargin, 0.6);
        sheet.setMargin(Sheet.BottomMargin, 0.7);
        sheet.setMargin(Sheet.HeaderMargin, 0.3);
        sheet.setMargin(Sheet.FooterMargin, 0.3);
        String school = data.school().name().isBlank() ? m.get("app.name") : data.school().name();
        sheet.getFooter().setLeft(headerFooterText(school));
        sheet.getFooter().setCenter(m.get("report.footer.page", "\u0001", "\u0002").replace("&", "&&")
                .replace("\u0001", "&P").replace("\u0002", "&N"));
        sheet.getFooter().setRight(headerFooterText(m.get("report.footer." + data.mode().name())));
    }

    /** Header and footer text: ampersands are codes there, so a school's "&" is doubled. */
    private static String headerFooterText(String text) {
        return CellText.clean(text).replace("&", "&&");
    }

    /** The one way text enters a cell: cleaned, and quote-prefixed when it could be read as a formula. */
    private void text(Cell cell, String value, CellStyle style) {
        String clean = CellText.clean(value);
        cell.setCellValue(clean == null ? "" : clean);
        cell.setCellStyle(CellText.needsQuotePrefix(clean) ? styles.quoted(style) : style);
    }

    /** The workbook's cell styles, made once. */
    private static final class Styles {

        final XSSFCellStyle title;
        final XSSFCellStyle subtitle;
        final XSSFCellStyle meta;
        final XSSFCellStyle modeNote;
        final XSSFCellStyle modeFull;
        final XSSFCellStyle section;
        final XSSFCellStyle header;
        final XSSFCellStyle headerRight;
        final XSSFCellStyle headerCenter;
        final XSSFCellStyle text;
        final XSSFCellStyle wrap;
        final XSSFCellStyle center;
        final XSSFCellStyle none;
        final XSSFCellStyle number;
        final XSSFCellStyle listNumber;
        final XSSFCellStyle share;
        final XSSFCellStyle days;
        final XSSFCellStyle change;
        final XSSFCellStyle changeDecimal;
        final XSSFCellStyle date;
        final XSSFCellStyle totalLabel;
        final XSSFCellStyle totalNumber;
        final XSSFCellStyle totalShare;
        final XSSFCellStyle note;
        final XSSFCellStyle sign;
        final XSSFCellStyle signName;
        private final XSSFWorkbook wb;
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            XSSFFont base = wb.getFontAt(0);
            base.setFontName("Arial");
            base.setFontHeightInPoints((short) 10);
            short dates = wb.createDataFormat().getFormat("dd/mm/yyyy");
            title = plain(wb, font(wb, 14, true, false, null));
            subtitle = plain(wb, font(wb, 11, true, false, TEAL));
            meta = plain(wb, font(wb, 9, false, false, GREY));
            modeNote = plain(wb, font(wb, 9, false, true, GREY));
            modeFull = plain(wb, font(wb, 9, true, false, RED));
            section = plain(wb, font(wb, 10, true, false, TEAL));
            section.setBorderBottom(BorderStyle.MEDIUM);
            section.setBottomBorderColor(new XSSFColor(TEAL));
            section.setVerticalAlignment(VerticalAlignment.BOTTOM);
            header = cell(wb, font(wb, 10, true, false, null));
            header.setFillForegroundColor(new XSSFColor(TEAL_SOFT));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            headerRight = copy(wb, header);
            headerRight.setAlignment(HorizontalAlignment.RIGHT);
            headerCenter = copy(wb, header);
            headerCenter.setAlignment(HorizontalAlignment.CENTER);
            text = cell(wb, null);
            wrap = copy(wb, text);
            wrap.setWrapText(true);
            center = copy(wb, text);
            center.setAlignment(HorizontalAlignment.CENTER);
            none = copy(wb, text);
            none.setAlignment(HorizontalAlignment.RIGHT);
            number = numeric(wb, text, "#,##0");
            listNumber = numeric(wb, text, "0");
            share = numeric(wb, text, "0%");
            days = numeric(wb, text, "0.0");
            change = numeric(wb, text, "+#,##0;-#,##0;0");
            changeDecimal = numeric(wb, text, "+0.0;-0.0;0.0");
            date = copy(wb, text);
            date.setDataFormat(dates);
            date.setAlignment(HorizontalAlignment.CENTER);
            XSSFFont bold = font(wb, 10, true, false, null);
            totalLabel = copy(wb, text);
            totalLabel.setFont(bold);
            totalLabel.setBorderTop(BorderStyle.MEDIUM);
            totalNumber = copy(wb, number);
            totalNumber.setFont(bold);
            totalNumber.setBorderTop(BorderStyle.MEDIUM);
            totalShare = copy(wb, share);
            totalShare.setFont(bold);
            totalShare.setBorderTop(BorderStyle.MEDIUM);
            note = plain(wb, font(wb, 8, false, true, GREY));
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            sign = plain(wb, null);
            signName = plain(wb, font(wb, 10, true, false, null));
            signName.getFont().setUnderline(Font.U_SINGLE);
        }

        /** The same look with the quote prefix; one per style, made when first needed. */
        CellStyle quoted(CellStyle style) {
            return quoted.computeIfAbsent(style, k -> {
                XSSFCellStyle q = wb.createCellStyle();
                q.cloneStyleFrom(k);
                q.setQuotePrefixed(true);
                return q;
            });
        }

        private static XSSFFont font(XSSFWorkbook wb, int size, boolean bold, boolean italic, byte[] rgb) {
            XSSFFont f = wb.createFont();
            f.setFontName("Arial");
            f.setFontHeightInPoints((short) size);
            f.setBold(bold);
            f.setItalic(italic);
            if (rgb != null) {
                f.setColor(new XSSFColor(rgb));
            }
            return f;
        }

        private static XSSFCellStyle plain(XSSFWorkbook wb, XSSFFont font) {
            XSSFCellStyle s = wb.createCellStyle();
            if (font != null) {
                s.setFont(font);
            }
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private static XSSFCellStyle cell(XSSFWorkbook wb, XSSFFont font) {
            XSSFCellStyle s = plain(wb, font);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            for (var side : List.<java.util.function.Consumer<BorderStyle>>of(s::setBorderTop, s::setBorderBottom,
                    s::setBorderLeft, s::setBorderRight)) {
                side.accept(BorderStyle.THIN);
            }
            XSSFColor border = new XSSFColor(BORDER);
            s.setTopBorderColor(border);
            s.setBottomBorderColor(border);
            s.setLeftBorderColor(border);
            s.setRightBorderColor(border);
            return s;
        }

        private static XSSFCellStyle copy(XSSFWorkbook wb, XSSFCellStyle from) {
            XSSFCellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(from);
            return s;
        }

        private static XSSFCellStyle numeric(XSSFWorkbook wb, XSSFCellStyle from, String format) {
            XSSFCellStyle s = copy(wb, from);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.RIGHT);
            return s;
        }
    }
}
