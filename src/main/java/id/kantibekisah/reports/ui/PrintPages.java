package id.kantibekisah.reports.ui;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.reports.TermReportTables;
import id.kantibekisah.reports.TermReportTables.Kind;
import id.kantibekisah.reports.TermReportTables.Table;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.ui.Theme;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.Chart;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The printed term summary as page nodes of a given printable size (in points): the school and the term on top of
 * every page, the page number at the bottom, and in between the same tables and charts as the workbook's summary,
 * kept whole (a table never splits across pages), then the signatures. Built as nodes so the layout can be checked
 * without a printer and shown as a preview. Figures only: no student is named.
 */
public final class PrintPages {
    /** A4 with half-inch margins, the preview's page when no printer has been chosen yet. */
    public static final double A4_WIDTH = 595 - 72;
    public static final double A4_HEIGHT = 842 - 72;
    private static final double GAP = 10;

    /** What the pages say besides the figures. */
    public record Heading(SchoolProfile school, LocalDate printedOn, String printedBy, String signingCounselor) {
    }

    private final TermReport report;
    private final Heading heading;
    private final Messages m;
    private final double width;
    private final double height;
    /** Where blocks are measured and pages laid out: styled as a page, so the print sizes apply. */
    private final VBox holder = new VBox();

    private PrintPages(TermReport report, Heading heading, Messages m, double width, double height) {
        this.report = report;
        this.heading = heading;
        this.m = m;
        this.width = width;
        this.height = height;
        holder.getStyleClass().add("print-page");
        Scene scene = new Scene(new Group(holder));
        Theme.style(scene);
    }

    /** Lays out the pages; call on the FX thread. Each page is exactly {@code width} by {@code height}. */
    public static List<Region> build(TermReport report, Heading heading, Messages m, double width, double height) {
        return new PrintPages(report, heading, m, width, height).pages();
    }

    private List<Region> pages() {
        List<Table> tables = TermReportTables.of(report, m);
        List<Region> blocks = new ArrayList<>();
        blocks.add(full(ReportNodes.table(TermReportTables.find(tables, Kind.OVERVIEW), m.locale())));
        blocks.add(pair(tables, List.of(Kind.STATUS), List.of(Kind.RISK)));
        blocks.add(full(ReportNodes.table(TermReportTables.find(tables, Kind.CATEGORY), m.locale())));
        blocks.add(pair(tables, List.of(Kind.GENDER, Kind.GRADE), List.of(Kind.SESSIONS, Kind.FOLLOW_UPS)));
        blocks.add(pair(tables, List.of(Kind.CLASS), List.of(Kind.REFERRALS, Kind.MONTHS)));
        blocks.add(pair(tables, List.of(Kind.PLACE), List.of(Kind.CHANNEL)));
        blocks.add(full(ReportNodes.table(TermReportTables.find(tables, Kind.COUNSELORS), m.locale())));
        blocks.add(full(chart(ReportNodes.categoryChart(report, m), width, 300)));
        double half = Math.floor((width - GAP) / 2);
        Chart pie = ReportNodes.statusChart(report, m);
        pie.setLegendVisible(false);
        VBox legend = ReportNodes.statusLegend(report, m);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        HBox pieBox = new HBox(4, chart(pie, Math.floor(half * 0.5), 230), legend);
        pieBox.setAlignment(Pos.CENTER_LEFT);
        pieBox.getStyleClass().add("print-pie");
        pieBox.setPrefSize(half, 230);
        pieBox.setMaxSize(half, 230);
        HBox charts = new HBox(GAP, chart(ReportNodes.monthChart(report, m), half, 230), pieBox);
        blocks.add(full(charts));
        blocks.add(full(signatures()));

        double headerHeight = measure(header());
        double footerHeight = measure(footer(1, 1));
        double room = height - headerHeight - footerHeight - 2 * GAP;
        List<List<Region>> paged = new ArrayList<>();
        List<Region> page = new ArrayList<>();
        double used = 0;
        for (Region block : blocks) {
            double h = measure(block);
            if (!page.isEmpty() && used + GAP + h > room) {
                paged.add(page);
                page = new ArrayList<>();
                used = 0;
            }
            used += (page.isEmpty() ? 0 : GAP) + h;
            page.add(block);
        }
        paged.add(page);

        List<Region> out = new ArrayList<>();
        for (int i = 0; i < paged.size(); i++) {
            VBox body = new VBox(GAP);
            body.getChildren().setAll(paged.get(i));
            VBox.setVgrow(body, Priority.ALWAYS);
            VBox p = new VBox(GAP, header(), body, footer(i + 1, paged.size()));
            p.getStyleClass().add("print-page");
            p.setId("print-page-" + (i + 1));
            p.setPrefSize(width, height);
            p.setMinSize(width, height);
            p.setMaxSize(width, height);
            holder.getChildren().add(p);
            p.applyCss();
            // Sized and laid out here: a page is printed on its own, outside any window.
            p.resize(width, height);
            p.layout();
            out.add(p);
        }
        holder.getChildren().clear();
        return out;
    }

    /** The preferred height of a node at the page's width, with the stylesheet applied. */
    private double measure(Region node) {
        holder.getChildren().setAll(node);
        node.applyCss();
        node.resize(width, node.prefHeight(width));
        node.layout();
        double h = node.prefHeight(width);
        holder.getChildren().clear();
        return h;
    }

    private Region full(Node node) {
        VBox box = new VBox(node);
        box.getStyleClass().add("print-block");
        box.setPrefWidth(width);
        box.setMaxWidth(width);
        return box;
    }

    private Region pair(List<Table> tables, List<Kind> left, List<Kind> right) {
        HBox row = new HBox(GAP * 2, column(tables, left), column(tables, right));
        row.getStyleClass().add("print-block");
        row.setPrefWidth(width);
        row.setMaxWidth(width);
        return row;
    }

    private VBox column(List<Table> tables, List<Kind> kinds) {
        VBox box = new VBox(GAP);
        for (Kind k : kinds) {
            box.getChildren().add(ReportNodes.table(TermReportTables.find(tables, k), m.locale()));
        }
        double w = Math.floor((width - GAP * 2) / 2);
        box.setPrefWidth(w);
        box.setMinWidth(w);
        box.setMaxWidth(w);
        return box;
    }

    private static Chart chart(Chart chart, double w, double h) {
        chart.setPrefSize(w, h);
        chart.setMinSize(w, h);
        chart.setMaxSize(w, h);
        return chart;
    }

    private Region header() {
        SchoolProfile school = heading.school();
        Label name = label(school.name().isBlank() ? m.get("app.name") : school.name(), "print-school");
        Label title = label(m.get("report.title") + " \u2013 "
                + TermReportTables.periodTitle(report.period(), m), "print-title");
        String printed = heading.printedBy() == null
                ? m.get("report.printed", Dates.format(heading.printedOn(), m.locale()))
                : m.get("report.printedBy", Dates.format(heading.printedOn(), m.locale()), heading.printedBy());
        Label meta = label(TermReportTables.periodDates(report.period(), m) + " \u00b7 " + printed, "print-meta");
        VBox box = new VBox(2, name, title, meta);
        box.getStyleClass().add("print-header");
        box.setPrefWidth(width);
        return box;
    }

    private Region footer(int page, int pages) {
        SchoolProfile school = heading.school();
        Label left = label(school.name().isBlank() ? m.get("app.name") : school.name(), "print-footer-text");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label number = label(m.get("report.footer.page", page, pages), "print-footer-text");
        number.setId("print-page-number");
        HBox box = new HBox(left, grow, number);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("print-footer");
        box.setPrefWidth(width);
        return box;
    }

    /** "Mengetahui, Kepala Sekolah" on the left, the BK teacher with place and date on the right. */
    private Region signatures() {
        SchoolProfile school = heading.school();
        String place = school.city() == null || school.city().isBlank() ? "" : school.city().trim() + ", ";
        String principal = school.principalName() == null || school.principalName().isBlank()
                ? m.get("report.sign.blank") : school.principalName();
        String counselor = heading.signingCounselor() != null ? heading.signingCounselor()
                : m.get("report.sign.blank");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("print-signatures");
        grid.setHgap(GAP * 2);
        grid.addColumn(0, label(m.get("report.sign.acknowledged"), "print-sign"),
                label(m.get("report.sign.principal", school.name()), "print-sign"), space(),
                label(principal, "print-sign-name"), label(m.get("report.sign.nip"), "print-sign"));
        grid.addColumn(1, label(place + Dates.format(heading.printedOn(), m.locale()), "print-sign"),
                label(m.get("report.sign.counselor"), "print-sign"), space(),
                label(counselor, "print-sign-name"), label(m.get("report.sign.nip"), "print-sign"));
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints c = new javafx.scene.layout.ColumnConstraints();
            c.setPercentWidth(50);
            grid.getColumnConstraints().add(c);
        }
        grid.setId("print-signatures");
        return grid;
    }

    private static Region space() {
        Region r = new Region();
        r.setMinHeight(44);
        return r;
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }
}
