package id.kantibekisah.reports.ui;

import id.kantibekisah.access.Permission;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ExportResult;
import id.kantibekisah.reports.PageImage;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.reports.TermReportTables;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.SaveLocations;
import id.kantibekisah.ui.UiContext;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * State of the dashboard: the chosen term, its report, and the export running in the background. Choosing another
 * term loads its report; exporting writes the workbook off the FX thread and shows the folder when done.
 */
public final class DashboardViewModel {
    private final UiContext ctx;
    private final ReportService reports;
    private final TermService termService;
    private final ObservableList<Choice<Term>> terms = FXCollections.observableArrayList();
    private final ObjectProperty<Choice<Term>> term = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TermReport> report = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty full = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<ExportResult> lastExport = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener termChanged = obs -> load();
    private long generation;

    public DashboardViewModel(UiContext ctx, ReportService reports, TermService termService) {
        this.ctx = ctx;
        this.reports = reports;
        this.termService = termService;
    }

    /** Loads the terms (the current one chosen) and its report; listens to the term choice until deactivated. */
    public void activate() {
        term.addListener(termChanged);
        ctx.tasks().run(null, p -> {
            Term current = termService.current();
            return new Terms(termService.list(), current);
        }, t -> {
            term.removeListener(termChanged);
            terms.setAll(t.all().stream().map(x -> new Choice<>(x, TermLabels.of(x, ctx.messages()))).toList());
            term.set(terms.stream().filter(c -> c.value().equals(t.current())).findFirst()
                    .orElse(terms.isEmpty() ? null : terms.get(0)));
            term.addListener(termChanged);
            load();
        }, ctx.notifier()::error);
    }

    public void deactivate() {
        term.removeListener(termChanged);
        generation++;
    }

    private record Terms(List<Term> all, Term current) {
    }

    private void load() {
        Choice<Term> chosen = term.get();
        if (chosen == null) {
            return;
        }
        long mine = ++generation;
        loading.set(true);
        ctx.tasks().run(null, p -> reports.termReport(ctx.actor(), chosen.value()), r -> {
            if (mine != generation) {
                return;
            }
            loading.set(false);
            report.set(r);
        }, e -> {
            loading.set(false);
            ctx.notifier().error(e);
        });
    }

    public boolean canExportFull() {
        return ctx.actor().can(Permission.REPORT_EXPORT_FULL);
    }

    /** The name the save dialog suggests: {@code Laporan BK 2026-2027 Ganjil (disamarkan).xlsx}. */
    public String suggestedFileName() {
        Term t = term.get() == null ? null : term.get().value();
        String period = t == null ? "" : " " + t.academicYear().replace('/', '-') + " "
                + ctx.messages().label(t.semester());
        return ctx.text("report.file.name", period.trim(), ctx.text("report.file." + mode().name()));
    }

    /** Where the save dialog opens: the user's Documents folder when there is one. */
    public Path suggestedFolder() {
        return SaveLocations.documents();
    }

    /** The name the PDF's save dialog suggests: {@code Rekap BK 2026-2027 Ganjil.pdf}. */
    public String suggestedPdfName() {
        Term t = term.get() == null ? null : term.get().value();
        String period = t == null ? "" : " " + t.academicYear().replace('/', '-') + " "
                + ctx.messages().label(t.semester());
        return ctx.text("report.pdf.name", period.trim());
    }

    public ExportMode mode() {
        return full.get() && canExportFull() ? ExportMode.FULL : ExportMode.PSEUDONYMISED;
    }

    /** Writes the workbook of the chosen term to {@code target} in the background, then shows its folder. */
    public void onExport(Path target) {
        onExport(target, null);
    }

    /** As {@link #onExport(Path)}; the full version encrypted under {@code password} when one is given. */
    public void onExport(Path target, FilePassword password) {
        Choice<Term> chosen = term.get();
        if (chosen == null || target == null || exporting.get()) {
            return;
        }
        ExportMode mode = mode();
        exporting.set(true);
        ctx.notifier().clear();
        ctx.tasks().run("report.task.export", p -> reports.exportWorkbook(ctx.actor(),
                ReportPeriod.of(chosen.value()), mode, target, mode == ExportMode.FULL ? password : null,
                ctx.messages(), p), r -> {
            exporting.set(false);
            lastExport.set(r);
            ctx.notifier().info(ctx.text("report.exported", r.file().getFileName(), r.file().getParent(),
                    ctx.text("report.footer." + r.mode().name())));
            ctx.folders().open(r.file().getParent());
        }, e -> {
            exporting.set(false);
            ctx.notifier().error(e);
        });
    }

    /** Records a finished print job (the audit row) and says so. */
    public void onPrinted(int pages) {
        TermReport r = report.get();
        if (r == null) {
            return;
        }
        ctx.tasks().run(null, p -> {
            reports.recordPrint(ctx.actor(), r.period(), pages);
            return null;
        }, ok -> ctx.notifier().info(ctx.text("report.printed.done", pages)), ctx.notifier()::error);
    }

    /**
     * Writes the printed pages of the shown report as a PDF in the background (audited as an export), then says
     * where it went and shows its folder.
     */
    public void onSavePdf(List<PageImage> pages, Path target, Consumer<Path> saved, Consumer<Throwable> failed) {
        TermReport r = report.get();
        if (r == null) {
            return;
        }
        String title = ctx.text("report.title") + " \u2013 " + TermReportTables.periodTitle(r.period(), ctx.messages());
        ctx.tasks().run("report.task.pdf", p -> reports.exportSummaryPdf(ctx.actor(), r.period(), pages, title,
                target), file -> {
            ctx.notifier().info(ctx.text("report.pdf.saved", file.getFileName(), file.getParent()));
            ctx.folders().open(file.getParent());
            saved.accept(file);
        }, failed::accept);
    }

    public ObservableList<Choice<Term>> terms() {
        return terms;
    }

    public ObjectProperty<Choice<Term>> termProperty() {
        return term;
    }

    public ReadOnlyObjectProperty<TermReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public BooleanProperty fullProperty() {
        return full;
    }

    public ReadOnlyObjectProperty<ExportResult> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }
}
