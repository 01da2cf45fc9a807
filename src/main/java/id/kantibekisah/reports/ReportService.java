package id.kantibekisah.reports;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.cases.Category;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.seal.ProtectedOoxml;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.terms.Term;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.EnumMap;
import java.util.Map;

/**
 * The term report: its figures for the dashboard and the printed summary, and the Excel export. Figures are counts
 * only (no names) and need {@link Permission#REPORT_VIEW}; the export needs {@link Permission#REPORT_EXPORT}, and
 * its full version (names, NISN and narratives) {@link Permission#REPORT_EXPORT_FULL}. Every view, export and print
 * writes an audit row naming the period and the version.
 */
public final class ReportService {
    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final SettingsService settings;
    private final Clock clock;
    private final ReportRepository reports = new ReportRepository();
    private final List<ReportSection> sections;

    public ReportService(Database db, AuditLog audit, AccessPolicy access, SettingsService settings, Clock clock) {
        this(db, audit, access, settings, clock, List.of());
    }

    /** With the sheets other features add to the export ({@link ReportSection}), in this order. */
    public ReportService(Database db, AuditLog audit, AccessPolicy access, SettingsService settings, Clock clock,
                         List<ReportSection> sections) {
        this.sections = List.copyOf(sections);
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** The headline figures of one term (the principal's home screen). */
    public TermFigures figures(Actor actor, Term term) {
        TermReport r = report(actor, ReportPeriod.of(term));
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        r.byCategory().forEach((category, n) -> {
            if (n > 0) {
                byCategory.put(category, n);
            }
        });
        TermReport.Headline h = r.headline();
        return new TermFigures(term, h.opened(), h.stillOpen(), h.unreviewed(), h.resolved(), h.dismissed(),
                h.escalated(), r.byStatus(), byCategory);
    }

    /** The full figures of one term, with the term before for comparison. */
    public TermReport termReport(Actor actor, Term term) {
        return report(actor, ReportPeriod.of(term));
    }

    /** The full figures of a term or any date range, with the period before for comparison. */
    public TermReport report(Actor actor, ReportPeriod period) {
        access.require(actor, Permission.REPORT_VIEW, AuditAction.REPORT_VIEW);
        return db.tx(sql -> {
            TermReport r = compute(sql, period);
            audit.ok(sql, actor, AuditAction.REPORT_VIEW, null, null, describe(period));
            return r;
        });
    }

    /**
     * Writes the term report workbook to {@code target} (replacing it), in the language of {@code messages}. The
     * file appears only complete: it is written beside the target under a temporary name, the export is audited,
     * and then it is moved into place.
     */
    public ExportResult exportWorkbook(Actor actor, ReportPeriod period, ExportMode mode, Path target,
                                       Messages messages, Progress progress) {
        return exportWorkbook(actor, period, mode, target, null, messages, progress);
    }

    /**
     * As {@link #exportWorkbook(Actor, ReportPeriod, ExportMode, Path, Messages, Progress)}; with a
     * {@code password} the full version is written encrypted ({@link ProtectedOoxml}: Excel and LibreOffice ask
     * for it). The pseudonymised version holds no names and is always plain.
     */
    public ExportResult exportWorkbook(Actor actor, ReportPeriod period, ExportMode mode, Path target,
                                       FilePassword password, Messages messages, Progress progress) {
        access.require(actor, mode == ExportMode.FULL ? Permission.REPORT_EXPORT_FULL : Permission.REPORT_EXPORT,
                AuditAction.REPORT_EXPORT);
        if (password != null && mode != ExportMode.FULL) {
            throw new IllegalArgumentException("only the full version is password-protected");
        }
        Path file = ExportFiles.checkTarget(target);
        ReportExport data = db.read(sql -> collect(sql, actor, period, mode));
        String detail = describe(period) + " " + mode.auditName() + " xlsx " + file.getFileName()
                + (password == null ? "" : " password-protected");
        TermReportWorkbook workbook = new TermReportWorkbook(messages);
        ExportFiles.Writer writer = password == null ? out -> workbook.write(data, out, progress)
                : out -> ProtectedOoxml.write(plain -> workbook.write(data, plain, progress), password, out);
        ExportFiles.write(file, writer, () -> db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.REPORT_EXPORT, null, null, detail);
            return null;
        }), () -> audit.failed(actor, AuditAction.REPORT_EXPORT, detail + " not written"));
        return new ExportResult(file, mode, data.cases().size(), data.sessions().size(), data.referrals().size(),
                data.followUps().size(), password != null);
    }

    /** Records that the summary of {@code period} was printed ({@code pages} pages; figures only, no names). */
    public void recordPrint(Actor actor, ReportPeriod period, int pages) {
        access.require(actor, Permission.REPORT_EXPORT, AuditAction.REPORT_PRINT);
        db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.REPORT_PRINT, null, null,
                    describe(period) + " summary " + ExportMode.PSEUDONYMISED.auditName() + " " + pages + " pages");
            return null;
        });
    }

    /**
     * Writes the printed summary of {@code period} as a PDF of the given pages (figures only, as printed) to
     * {@code target}, which must end in {@code .pdf}; like the workbook, the file appears only complete and audited.
     */
    public Path exportSummaryPdf(Actor actor, ReportPeriod period, List<PageImage> pages, String title,
                                 Path target) {
        access.require(actor, Permission.REPORT_EXPORT, AuditAction.REPORT_EXPORT);
        Path file = ExportFiles.checkTarget(target);
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            throw new ValidationException("report.error.notPdf", file.getFileName());
        }
        if (pages.isEmpty()) {
            throw new ValidationException("report.error.noPages");
        }
        String detail = describe(period) + " summary " + ExportMode.PSEUDONYMISED.auditName() + " pdf "
                + file.getFileName() + " " + pages.size() + " pages";
        ExportFiles.write(file, out -> SummaryPdf.write(pages, title,
                actor.role() == Role.SYSTEM ? null : actor.displayName(),
                GregorianCalendar.from(ZonedDateTime.now(clock)), out), () -> db.tx(sql -> {
                    audit.ok(sql, actor, AuditAction.REPORT_EXPORT, null, null, detail);
                    return null;
                }), () -> audit.failed(actor, AuditAction.REPORT_EXPORT, detail + " not written"));
        return file;
    }

    private TermReport compute(Sql sql, ReportPeriod period) {
        LocalDate today = LocalDate.now(clock);
        TermReport previous = reports.figures(sql, reports.previousOf(sql, period), today, clock.getZone(), null);
        return reports.figures(sql, period, today, clock.getZone(), previous);
    }

    /** What an export writes; package-private so the benchmark can time reading and writing apart. */
    ReportExport collect(Sql sql, Actor actor, ReportPeriod period, ExportMode mode) {
        boolean full = mode == ExportMode.FULL;
        TermReport figures = compute(sql, period);
        var parties = reports.parties(sql, period, full);
        return new ReportExport(settings.profile(), mode, LocalDate.now(clock),
                actor.role() == Role.SYSTEM ? null : actor.displayName(),
                actor.role() == Role.COUNSELOR ? actor.displayName() : null, figures,
                reports.cases(sql, period, full, clock.getZone(), parties),
                reports.sessions(sql, period, full, parties),
                reports.referrals(sql, period, full, clock.getZone(), parties),
                reports.followUps(sql, period, full, parties),
                sections.stream().map(section -> section.collect(sql, period, LocalDate.now(clock))).toList());
    }

    private static String describe(ReportPeriod period) {
        return (period.term() != null ? "term " : "period ") + period.code();
    }
}
