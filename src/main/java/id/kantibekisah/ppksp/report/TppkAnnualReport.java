package id.kantibekisah.ppksp.report;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.reports.ExportFiles;
import id.kantibekisah.reports.FigureWorkbook;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.reports.ReportSection.FigureSheet;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermRepository;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The annual TPPK report that the TPPK sends to the kepala dinas through the principal (Permendikbudristek 46/2023):
 * the PPKSP figures of one academic year as a workbook, aggregate only: no name, no initials, no case code, every
 * count of 1 or 2 shown as "&lt;3" and a second cell hidden where a total would give it away ({@link SmallCounts}),
 * with the signature block of the TPPK head and the principal. Counselors and the principal may export it (and the
 * command line); every export is audited.
 */
public final class TppkAnnualReport {
    private static final Pattern YEAR = Pattern.compile("(\\d{4})/(\\d{4})");

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final SettingsService settings;
    private final Clock clock;
    private final PpkspFiguresReader reader = new PpkspFiguresReader();
    private final TermRepository terms = new TermRepository();

    public TppkAnnualReport(Database db, AuditLog audit, AccessPolicy access, SettingsService settings,
                            Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.settings = settings;
        this.clock = clock;
    }

    /** What an export wrote: the file, the year and the days it covers, and how many violence cases it counts. */
    public record Result(Path file, String academicYear, ReportPeriod period, long violenceCases) {
    }

    /** The academic year containing {@code day}, e.g. {@code 2026/2027}: the default of the dialog. */
    public static String yearOf(LocalDate day) {
        return Term.standardKeyFor(day).academicYear();
    }

    /**
     * The days of an academic year: from the first day of its first stored term to the last day of its last one;
     * 1 July to 30 June when the school has not stored its terms. A year not written {@code YYYY/YYYY+1} is refused.
     */
    public ReportPeriod period(String academicYear) {
        int first = parse(academicYear);
        String year = first + "/" + (first + 1);
        List<Term> stored = db.read(sql -> terms.listAll(sql)).stream()
                .filter(t -> t.academicYear().equals(year)).toList();
        if (stored.isEmpty()) {
            return ReportPeriod.between(LocalDate.of(first, 7, 1), LocalDate.of(first + 1, 6, 30));
        }
        LocalDate from = stored.stream().map(Term::startDate).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = stored.stream().map(Term::endDate).max(LocalDate::compareTo).orElseThrow();
        return ReportPeriod.between(from, to);
    }

    private static int parse(String academicYear) {
        Matcher y = YEAR.matcher(academicYear == null ? "" : academicYear.trim());
        if (!y.matches() || Integer.parseInt(y.group(2)) != Integer.parseInt(y.group(1)) + 1) {
            throw new ValidationException("tppk.annual.error.year", academicYear == null ? "" : academicYear);
        }
        return Integer.parseInt(y.group(1));
    }

    /**
     * Writes the annual report of {@code academicYear} to {@code target} (replacing it), in the language of
     * {@code m}; the file appears only complete, after its export is audited.
     */
    public Result export(Actor actor, String academicYear, Path target, Messages m) {
        access.require(actor, Permission.REPORT_EXPORT, AuditAction.REPORT_EXPORT);
        int first = parse(academicYear);
        String year = first + "/" + (first + 1);
        ReportPeriod period = period(year);
        Path file = ExportFiles.checkTarget(target);
        LocalDate today = LocalDate.now(clock);
        PpkspFigures figures = db.read(sql -> reader.read(sql, period, today));
        SchoolProfile school = settings.profile();
        FigureWorkbook.Document doc = document(m, school, year, period, today, figures);
        String detail = "tppk year " + year + " aggregate xlsx " + file.getFileName();
        ExportFiles.write(file, out -> FigureWorkbook.write(doc, m, out), () -> db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.REPORT_EXPORT, null, null, detail);
            return null;
        }), () -> audit.failed(actor, AuditAction.REPORT_EXPORT, detail + " not written"));
        return new Result(file, year, period, figures.violenceCases());
    }

    private static FigureWorkbook.Document document(Messages m, SchoolProfile school, String year,
                                                    ReportPeriod period, LocalDate today, PpkspFigures figures) {
        String name = school.name() == null || school.name().isBlank() ? m.get("app.name") : school.name();
        String place = school.city() == null || school.city().isBlank() ? "" : school.city().trim() + ", ";
        String principal = school.principalName() == null || school.principalName().isBlank()
                ? m.get("report.sign.blank") : school.principalName();
        return new FigureWorkbook.Document(name, m.get("tppk.annual.title", year),
                m.get("tppk.annual.meta", Dates.format(period.from(), m.locale()),
                        Dates.format(period.to(), m.locale()), Dates.format(today, m.locale())),
                m.get("tppk.annual.note"), m.get("tppk.annual.footer"),
                new FigureSheet(m.get("tppk.annual.sheet"), m.get("tppk.annual.title", year),
                        PpkspTables.suppressed(figures, m)),
                new FigureWorkbook.Signature(m.get("report.sign.acknowledged"), m.get("report.sign.principal", name),
                        principal),
                new FigureWorkbook.Signature(place + Dates.format(today, m.locale()), m.get("tppk.annual.head"),
                        m.get("report.sign.blank")),
                m.get("report.sign.nip"));
    }
}
