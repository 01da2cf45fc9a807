package id.kantibekisah.reports.ui;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.reports.TermReportTables;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.HPos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's tables and charts as JavaFX nodes, for the dashboard and the printed pages alike. Their look is in
 * app.css ({@code .report-table}, {@code .report-chart}); the printed pages add {@code .print-page} around them.
 */
public final class ReportNodes {
    private ReportNodes() {
    }

    /** One cell value as the tables show it: 1.234, 52%, 2,5, +3 / −0,1, or a dash. */
    public static String format(Object value, Locale locale) {
        if (value instanceof Long n) {
            return NumberFormat.getIntegerInstance(locale).format(n);
        }
        if (value instanceof Double d) {
            return decimal(locale).format(d);
        }
        if (value instanceof TermReportTables.Share s) {
            NumberFormat f = NumberFormat.getPercentInstance(locale);
            return f.format(s.value());
        }
        if (value instanceof TermReportTables.Change c) {
            NumberFormat f = c.decimal() ? decimal(locale) : NumberFormat.getIntegerInstance(locale);
            String text = f.format(Math.abs(c.value()));
            return c.value() > 0 ? "+" + text : c.value() < 0 ? "\u2212" + text : text;
        }
        return "\u2013";
    }

    private static NumberFormat decimal(Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f;
    }

    /** A summary table: its title, a header row, its lines (the total bold) and its note. */
    public static VBox table(TermReportTables.Table t, Locale locale) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("report-grid");
        for (int c = 0; c < t.columns().size(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            if (c == 0) {
                cc.setHgrow(Priority.ALWAYS);
                cc.setFillWidth(true);
            } else {
                cc.setHalignment(HPos.RIGHT);
                cc.setMinWidth(Region.USE_PREF_SIZE);
            }
            grid.getColumnConstraints().add(cc);
        }
        for (int c = 0; c < t.columns().size(); c++) {
            grid.add(cell(t.columns().get(c), "report-head", c), c, 0);
        }
        int r = 1;
        for (TermReportTables.Line line : t.lines()) {
            String style = line.total() ? "report-total" : "report-cell";
            grid.add(cell(line.label(), style, 0), 0, r);
            for (int c = 1; c < t.columns().size(); c++) {
                Object v = c - 1 < line.values().size() ? line.values().get(c - 1) : null;
                grid.add(cell(format(v, locale), style, c), c, r);
            }
            r++;
        }
        Label title = new Label(t.title());
        title.getStyleClass().add("report-table-title");
        VBox box = new VBox(title, grid);
        if (t.note() != null) {
            Label note = new Label(t.note());
            note.getStyleClass().add("report-note");
            note.setWrapText(true);
            box.getChildren().add(note);
        }
        box.getStyleClass().add("report-table");
        box.setMaxHeight(Region.USE_PREF_SIZE);
        box.setId("report-table-" + t.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return box;
    }

    private static Label cell(String text, String style, int column) {
        Label l = new Label(text);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.getStyleClass().add(style);
        if (column > 0) {
            l.getStyleClass().add("report-number");
        }
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** Cases by category, as horizontal bars in the order of the categories, first at the top. */
    public static BarChart<Number, String> categoryChart(TermReport r, Messages m) {
        NumberAxis counts = countAxis(m);
        CategoryAxis categories = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(counts, categories);
        chart.setCategoryGap(3);
        chart.setBarGap(0);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(m.get("report.col.count"));
        List<Category> order = new ArrayList<>(List.of(Category.values()));
        java.util.Collections.reverse(order);
        List<String> labels = new ArrayList<>();
        for (Category c : order) {
            series.getData().add(new XYChart.Data<>(r.byCategory().get(c), m.label(c)));
            labels.add(m.label(c));
        }
        categories.setCategories(FXCollections.observableArrayList(labels));
        chart.getData().add(series);
        chart.setTitle(m.get("report.chart.category"));
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.getStyleClass().addAll("report-chart", "category-chart");
        chart.setId("chart-category");
        return chart;
    }

    /** Cases opened and closed per month of the period. */
    public static LineChart<String, Number> monthChart(TermReport r, Messages m) {
        boolean oneYear = r.byMonth().isEmpty() || r.byMonth().get(0).month().getYear()
                == r.byMonth().get(r.byMonth().size() - 1).month().getYear();
        DateTimeFormatter f = DateTimeFormatter.ofPattern(oneYear ? "MMM" : "MMM yy", m.locale());
        CategoryAxis months = new CategoryAxis();
        NumberAxis counts = countAxis(m);
        LineChart<String, Number> chart = new LineChart<>(months, counts);
        XYChart.Series<String, Number> opened = new XYChart.Series<>();
        opened.setName(m.get("report.col.opened"));
        XYChart.Series<String, Number> closed = new XYChart.Series<>();
        closed.setName(m.get("report.col.closed"));
        for (TermReport.Month month : r.byMonth()) {
            opened.getData().add(new XYChart.Data<>(f.format(month.month()), month.opened()));
            closed.getData().add(new XYChart.Data<>(f.format(month.month()), month.closed()));
        }
        chart.getData().add(opened);
        chart.getData().add(closed);
        chart.setTitle(m.get("report.chart.month"));
        chart.setAnimated(false);
        chart.getStyleClass().addAll("report-chart", "month-chart");
        chart.setId("chart-month");
        return chart;
    }

    /**
     * The status pie's legend as plain labels with colour swatches, for the printed page: at the size of half a
     * page the chart drops its own legend, and a pie without one means nothing.
     */
    public static VBox statusLegend(TermReport r, Messages m) {
        VBox legend = new VBox(3);
        for (CaseStatus s : CaseStatus.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", "legend-" + s.name().toLowerCase(Locale.ROOT));
            swatch.setMinSize(8, 8);
            swatch.setMaxSize(8, 8);
            Label label = new Label(m.label(s) + " (" + format(r.byStatus().get(s), m.locale()) + ")", swatch);
            label.setGraphicTextGap(5);
            legend.getChildren().add(label);
        }
        legend.getStyleClass().add("status-legend");
        legend.setId("print-status-legend");
        return legend;
    }

    /** An axis of counts: whole numbers only, from zero. */
    private static NumberAxis countAxis(Messages m) {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        NumberFormat whole = NumberFormat.getIntegerInstance(m.locale());
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? whole.format(n.longValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        return axis;
    }

    /**
     * Cases by status. Every status has its slice (an empty one is invisible), so each keeps its colour of the
     * app's badges in every term; the legend names the count.
     */
    public static PieChart statusChart(TermReport r, Messages m) {
        ObservableList<PieChart.Data> data = FXCollections.observableArrayList();
        for (CaseStatus s : CaseStatus.values()) {
            data.add(new PieChart.Data(m.label(s) + " (" + format(r.byStatus().get(s), m.locale()) + ")",
                    r.byStatus().get(s)));
        }
        PieChart chart = new PieChart(data);
        chart.setTitle(m.get("report.chart.status"));
        chart.setLabelsVisible(false);
        chart.setAnimated(false);
        chart.setStartAngle(90);
        chart.getStyleClass().addAll("report-chart", "status-chart");
        chart.setId("chart-status");
        return chart;
    }
}
