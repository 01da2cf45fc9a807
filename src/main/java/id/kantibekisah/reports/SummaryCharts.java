package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.TermReportTables.Kind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

import java.util.Map;

/**
 * The summary sheet's native charts, drawn from the tables' own cells: cases by category (bars), opened and closed
 * per month (lines; the month of the report's day is labelled as counted up to that day) and by status (pie, in
 * the app's status colours). Each chart carries an Indonesian title, also as its object name.
 */
final class SummaryCharts {
    /** The rows the charts take below their heading. */
    static final int ROWS = 48;
    /** The status colours of the app's badges, for the pie chart. */
    static final Map<CaseStatus, byte[]> STATUS_COLOURS = Map.of(
            CaseStatus.NEW, rgb(0x54aeff), CaseStatus.IN_REVIEW, rgb(0x8250df), CaseStatus.IN_PROGRESS,
            rgb(0xd4a72c), CaseStatus.ESCALATED, rgb(0xcf222e), CaseStatus.RESOLVED, rgb(0x2da44e),
            CaseStatus.DISMISSED, rgb(0x8c959f));

    private final XSSFSheet sheet;
    private final Messages m;
    private SummaryCharts(XSSFSheet sheet, Messages m) {
        this.sheet = sheet;
        this.m = m;
    }

    private static byte[] rgb(int rgb) {
        return new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb};
    }

    /** The charts on a page of their own, after the signatures, from the tables' own cells. */
    static void add(XSSFSheet sheet, WorkbookStyles st, WorkbookFrame frame, Messages m,
                    Map<Kind, SummarySheet.Placed> placed, int row) {
        new SummaryCharts(sheet, m).write(st, frame, placed, row);
    }

    private void write(WorkbookStyles st, WorkbookFrame frame, Map<Kind, SummarySheet.Placed> placed, int row) {
        sheet.setRowBreak(row - 1);
        int r = row;
        Row heading = sheet.getRow(r) != null ? sheet.getRow(r) : sheet.createRow(r);
        frame.text(heading.createCell(0), m.get("report.charts.title"), st.subtitle);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, SummarySheet.COLUMNS - 1));
        r += 2;
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        SummarySheet.Placed category = placed.get(Kind.CATEGORY);
        XSSFChart bar = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, r, SummarySheet.COLUMNS, r + 24));
        categoryChart(bar, category);
        r += 25;
        XSSFChart line = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, r, 4, r + 20));
        monthChart(line, placed.get(Kind.MONTHS));
        XSSFChart pie = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, SummarySheet.RIGHT, r,
                SummarySheet.COLUMNS, r + 20));
        statusChart(pie, placed.get(Kind.STATUS));
        // The objects' names, which a spreadsheet lists and reads out ("Diagramm0" otherwise): the titles.
        String[] names = {m.get("report.chart.category"), m.get("report.chart.month"), m.get("report.chart.status")};
        var anchors = drawing.getCTDrawing().getTwoCellAnchorArray();
        for (int i = 0; i < anchors.length && i < names.length; i++) {
            anchors[i].getGraphicFrame().getNvGraphicFramePr().getCNvPr().setName(names[i]);
        }
    }

    private void categoryChart(XSSFChart chart, SummarySheet.Placed p) {
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
        s.setShapeProperties(solid(WorkbookStyles.TEAL));
        chart.plot(data);
        showValues(((XDDFBarChartData.Series) s).getCTBarSer().isSetDLbls()
                ? ((XDDFBarChartData.Series) s).getCTBarSer().getDLbls()
                : ((XDDFBarChartData.Series) s).getCTBarSer().addNewDLbls(), false);
    }

    private void monthChart(XSSFChart chart, SummarySheet.Placed p) {
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
        opened.setShapeProperties(line(WorkbookStyles.TEAL));
        XDDFLineChartData.Series closed = (XDDFLineChartData.Series) data.addSeries(labels, numbers(p, 2));
        closed.setTitle(m.get("report.col.closed"), null);
        closed.setMarkerStyle(MarkerStyle.SQUARE);
        closed.setSmooth(false);
        closed.setShapeProperties(line(new byte[] {(byte) 0xe0, (byte) 0x7a, (byte) 0x1f}));
        chart.plot(data);
    }

    private void statusChart(XSSFChart chart, SummarySheet.Placed p) {
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
    private long data0(SummarySheet.Placed p) {
        long most = 0;
        for (int r = p.firstRow(); r <= p.lastRow(); r++) {
            most = Math.max(most, (long) sheet.getRow(r).getCell(p.col() + 1).getNumericCellValue());
        }
        return most;
    }

    private XDDFDataSource<String> labels(SummarySheet.Placed p) {
        return XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(p.firstRow(), p.lastRow(), p.col(), p.col()));
    }

    private XDDFNumericalDataSource<Double> numbers(SummarySheet.Placed p, int offset) {
        return XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(p.firstRow(), p.lastRow(), p.col() + offset, p.col() + offset));
    }

    private static XDDFShapeProperties solid(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        return p;
    }

    private static XDDFShapeProperties line(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        XDDFLineProperties line = new XDDFLineProperties();
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
}
