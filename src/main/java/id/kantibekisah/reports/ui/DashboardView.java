package id.kantibekisah.reports.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Role;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.PageImage;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.reports.TermReportTables;
import id.kantibekisah.seal.ui.FilePasswordDialog;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.Chart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;

/**
 * Rekap &amp; Laporan: the figures of one term for counselors and the principal, as cards, charts (categories, months,
 * statuses) and the report's tables; the Excel export (in the background, then the folder opens) and the printed
 * summary with its preview.
 */
public final class DashboardView implements View {
    /** Asks where to save: (suggested folder, suggested name) to the chosen file, or null when cancelled. */
    @FunctionalInterface
    public interface SaveDialog extends BiFunction<Path, String, Path> {
    }

    private final UiContext ctx;
    private final SettingsService settings;
    private final DashboardViewModel vm;
    private final SaveDialog saveDialog;
    private final boolean customSaveDialog;
    private final VBox root;
    private final HBox toolbar;
    private final Label period = new Label();
    private final FlowPane cards = new FlowPane(12, 12);
    private final HBox charts = new HBox(12);
    private final FlowPane tables = new FlowPane(16, 16);
    private final InvalidationListener reportChanged = obs -> show(reportNow());

    public DashboardView(UiContext ctx, ReportService reports, TermService terms, SettingsService settings) {
        this(ctx, reports, terms, settings, null);
    }

    /** With another way to choose the file (tests); null asks with the system's save dialog. */
    public DashboardView(UiContext ctx, ReportService reports, TermService terms, SettingsService settings,
                         SaveDialog saveDialog) {
        this.ctx = ctx;
        this.settings = settings;
        this.vm = new DashboardViewModel(ctx, reports, terms);
        this.saveDialog = saveDialog != null ? saveDialog : this::askWhereToSave;
        this.customSaveDialog = saveDialog != null;

        ComboBox<Choice<Term>> term = new ComboBox<>(vm.terms());
        term.setId("report-term");
        term.valueProperty().bindBidirectional(vm.termProperty());
        term.setPrefWidth(220);
        Label termLabel = new Label(ctx.text("report.term"));
        termLabel.setLabelFor(term);

        CheckBox full = new CheckBox(ctx.text("report.export.full"));
        full.setId("report-full");
        full.selectedProperty().bindBidirectional(vm.fullProperty());
        full.setTooltip(new Tooltip(ctx.text("report.export.fullHint")));
        full.setVisible(vm.canExportFull());
        full.setManaged(vm.canExportFull());

        Button export = new Button(ctx.text("report.export"), new FontIcon(Material2AL.GRID_ON));
        export.setId("report-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(vm.exportingProperty().or(vm.reportProperty().isNull()));
        export.setOnAction(e -> onExport());
        ProgressBar progress = new ProgressBar();
        progress.setId("report-export-progress");
        progress.setPrefWidth(120);
        progress.progressProperty().bind(ctx.tasks().progressProperty());
        progress.visibleProperty().bind(vm.exportingProperty());
        progress.managedProperty().bind(vm.exportingProperty());

        Button print = new Button(ctx.text("report.print"), new FontIcon(Material2MZ.PRINT));
        print.setId("report-print");
        print.disableProperty().bind(vm.reportProperty().isNull());
        print.setOnAction(e -> onPrint());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        toolbar = new HBox(10, termLabel, term, grow, full, progress, export, print);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        period.setId("report-period");
        period.getStyleClass().add(Styles.TEXT_MUTED);
        period.setWrapText(true);
        cards.setId("report-cards");
        charts.setId("report-charts");
        tables.setId("report-tables");
        tables.setPrefWrapLength(1000);
        tables.setRowValignment(javafx.geometry.VPos.TOP);
        VBox content = new VBox(16, period, cards, charts, tables);
        content.setPadding(new Insets(4, 4, 16, 0));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        scroll.setId("report-scroll");

        root = new VBox(12, toolbar, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("report-view");
    }

    private TermReport reportNow() {
        return vm.reportProperty().get();
    }

    private void show(TermReport r) {
        if (r == null) {
            return;
        }
        var m = ctx.messages();
        String compared = r.previous() == null ? ""
                : " \u00b7 " + ctx.text("report.comparedWith", TermReportTables.periodTitle(r.previous().period(), m));
        period.setText(TermReportTables.periodDates(r.period(), m) + compared + " \u00b7 "
                + ctx.text("report.asOf", r.asOf()));

        TermReport.Headline h = r.headline();
        TermReport.Headline p = r.previous() == null ? null : r.previous().headline();
        cards.getChildren().setAll(
                card("opened", "report.row.opened", h.opened(), p == null ? null : p.opened(), null),
                card("resolved", "report.row.resolved", h.resolved(), p == null ? null : p.resolved(), null),
                card("open", "report.row.stillOpen", h.stillOpen(), p == null ? null : p.stillOpen(),
                        ctx.text("report.card.unreviewed", h.unreviewed())),
                card("escalated", "report.row.escalated", h.escalated(), p == null ? null : p.escalated(), null),
                daysCard(h.medianDaysToReview(), p == null ? null : p.medianDaysToReview()),
                card("overdue", "report.card.overdue", r.followUps().overdue(),
                        r.previous() == null ? null : r.previous().followUps().overdue(),
                        ctx.text("report.card.followUps", r.followUps().total())));

        Chart bar = ReportNodes.categoryChart(r, m);
        Chart line = ReportNodes.monthChart(r, m);
        Chart pie = ReportNodes.statusChart(r, m);
        for (Chart c : List.of(bar, line, pie)) {
            c.setPrefHeight(330);
            c.setMinWidth(280);
            HBox.setHgrow(c, Priority.ALWAYS);
        }
        bar.setPrefWidth(440);
        line.setPrefWidth(360);
        pie.setPrefWidth(340);
        charts.getChildren().setAll(bar, line, pie);

        tables.getChildren().clear();
        for (TermReportTables.Table t : TermReportTables.of(r, m)) {
            VBox node = ReportNodes.table(t, m.locale());
            node.setPrefWidth(t.kind() == TermReportTables.Kind.OVERVIEW ? 520 : 330);
            node.getStyleClass().add("report-table-card");
            tables.getChildren().add(node);
        }
    }

    private Node card(String id, String captionKey, long value, Long before, String sub) {
        Locale locale = ctx.messages().locale();
        Label number = new Label(NumberFormat.getIntegerInstance(locale).format(value));
        number.getStyleClass().add("report-card-value");
        number.setId("card-" + id + "-value");
        Label caption = new Label(ctx.text(captionKey));
        caption.getStyleClass().add("report-card-caption");
        caption.setWrapText(true);
        VBox box = new VBox(2, number, caption);
        if (before != null) {
            box.getChildren().add(change(value - before, false, id));
        }
        if (sub != null) {
            Label s = new Label(sub);
            s.getStyleClass().add("report-card-sub");
            s.setWrapText(true);
            box.getChildren().add(s);
        }
        box.getStyleClass().add("report-card");
        box.setId("card-" + id);
        return box;
    }

    private Node daysCard(Double days, Double before) {
        Locale locale = ctx.messages().locale();
        Label number = new Label(days == null ? "\u2013" : ctx.text("report.card.days",
                ReportNodes.format(Math.round(days * 10) / 10.0, locale)));
        number.getStyleClass().add("report-card-value");
        number.setId("card-review-value");
        Label caption = new Label(ctx.text("report.row.daysToReview"));
        caption.getStyleClass().add("report-card-caption");
        caption.setWrapText(true);
        VBox box = new VBox(2, number, caption);
        if (days != null && before != null) {
            box.getChildren().add(change(Math.round(days * 10) / 10.0 - Math.round(before * 10) / 10.0, true,
                    "review"));
        }
        box.getStyleClass().add("report-card");
        box.setId("card-review");
        return box;
    }

    private Label change(double diff, boolean decimal, String id) {
        String amount = ReportNodes.format(new TermReportTables.Change(Math.abs(diff), decimal),
                ctx.messages().locale()).replace("+", "");
        Label l = new Label(diff == 0 ? ctx.text("report.card.same")
                : ctx.text(diff > 0 ? "report.card.up" : "report.card.down", amount));
        l.getStyleClass().add("report-card-change");
        l.setId("card-" + id + "-change");
        return l;
    }

    private void onExport() {
        Path target = saveDialog.apply(vm.suggestedFolder(), vm.suggestedFileName());
        if (target != null) {
            String name = target.getFileName().toString();
            Path file = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? target
                    : target.resolveSibling(name + ".xlsx");
            if (vm.mode() == ExportMode.FULL) {
                // Names and narratives: protected by default (agile-encrypted), plain only when ticked.
                FilePasswordDialog.ask(ctx.owner(), ctx.messages(), file.getFileName().toString(),
                        password -> vm.onExport(file, password));
            } else {
                vm.onExport(file);
            }
        }
    }

    private Path askWhereToSave(Path folder, String name) {
        return askWhereToSave(folder, name, ctx.text("report.export.title"), ctx.text("report.export.filter"),
                "*.xlsx", ctx.owner());
    }

    private Path askWhereToSave(Path folder, String name, String title, String filter, String pattern,
                                Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, pattern));
        File file = chooser.showSaveDialog(owner);
        return file == null ? null : file.toPath();
    }

    private void onPrint() {
        TermReport r = reportNow();
        if (r == null) {
            return;
        }
        var actor = ctx.actor();
        PrintPages.Heading heading = new PrintPages.Heading(settings.profile(), ctx.today(),
                actor.displayName(), actor.role() == Role.COUNSELOR ? actor.displayName() : null);
        try {
            new PrintPreview(ctx.owner(), r, heading, ctx.messages(), previewActions()).show();
        } catch (RuntimeException e) {
            ctx.notifier().error(e);
        }
    }

    private PrintPreview.Actions previewActions() {
        return new PrintPreview.Actions() {
            @Override
            public void printed(int pages) {
                vm.onPrinted(pages);
            }

            @Override
            public Path choosePdf(Window owner) {
                String name = vm.suggestedPdfName();
                return customSaveDialog ? saveDialog.apply(vm.suggestedFolder(), name)
                        : askWhereToSave(vm.suggestedFolder(), name, ctx.text("report.pdf.title"),
                        ctx.text("report.pdf.filter"), "*.pdf", owner);
            }

            @Override
            public void savePdf(List<PageImage> pages, Path target, Consumer<Path> saved,
                                Consumer<Throwable> failed) {
                vm.onSavePdf(pages, target, saved, failed);
            }

            @Override
            public String message(Throwable error) {
                return ErrorPresenter.message(ctx.messages(), error);
            }
        };
    }

    /** Adds a control at the end of the toolbar (another feature's export, such as the annual TPPK report). */
    public DashboardView withToolbarItem(Node item) {
        toolbar.getChildren().add(item);
        return this;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.reportProperty().addListener(reportChanged);
        vm.activate();
    }

    @Override
    public void onDeactivate() {
        vm.reportProperty().removeListener(reportChanged);
        vm.deactivate();
    }

    DashboardViewModel viewModel() {
        return vm;
    }
}
