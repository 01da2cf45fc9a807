package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.ppksp.report.TppkAnnualReport;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ExportResult;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.wiring.AppServices;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Writes the term report workbook (.xlsx) of the current term, or of {@code --term} or a date range
 * (with {@code --kind tppk --year YYYY/YYYY}: the annual TPPK report, aggregate only):
 * pseudonymised unless {@code --full}. The full version holds names and narratives, so it needs a counselor's log-in
 * ({@code --as-user}, {@link CliLogin}) and is audited as that counselor; the operator alone gets exit 1. A file name not ending in {@code .xlsx} is a usage error (exit 2), so a
 * workbook is never written under a {@code .pdf} name.
 */
@Command(name = "export-report", mixinStandardHelpOptions = true, description = "Export the term report as an "
        + "Excel workbook (.xlsx), by default of the current term. Pseudonymised (initials, no NISN, no case notes) "
        + "unless --full (which needs --as-user: a BK counselor's log-in).")
final class ExportReportCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Period period;

    static final class Period {
        @Option(names = "--term", paramLabel = "YYYY/YYYY-S", description = "The term, e.g. 2025/2026-1 "
                + "(1 = Ganjil, 2 = Genap); the current term when neither --term nor --from/--to is given.")
        String term;

        @ArgGroup(exclusive = false)
        Range range;
    }

    static final class Range {
        @Option(names = "--from", required = true, paramLabel = "DD/MM/YYYY", description = "First day of a "
                + "date range (instead of --term).")
        String from;

        @Option(names = "--to", required = true, paramLabel = "DD/MM/YYYY", description = "Last day of the range.")
        String to;
    }

    @Option(names = "--out", required = true, paramLabel = "FILE.xlsx", description = "The workbook to write "
            + "(replaced if it exists).")
    Path out;

    @Option(names = "--full", description = "The full version with students' names, NISN and case notes: "
            + "for the BK team only: needs --as-user.")
    boolean full;

    @Option(names = "--kind", paramLabel = "term|tppk", defaultValue = "term", description = "term (default): the "
            + "term report; tppk: the annual TPPK report to the kepala dinas (aggregate, counts under 3 hidden), "
            + "with --year.")
    String kind;

    @Option(names = "--year", paramLabel = "YYYY/YYYY", description = "The academic year of --kind tppk, e.g. "
            + "2026/2027.")
    String year;

    @Mixin
    CliLogin login;

    @Option(names = "--file-password-file", paramLabel = "PATH", description = "With --full: the password that "
            + "protects the workbook (agile AES-256 encryption; Excel and LibreOffice ask for it), read from the "
            + "first line of this file. Without it the password is asked on the terminal, twice.")
    Path filePasswordFile;

    @Option(names = "--no-file-password", description = "With --full: write the workbook without a password "
            + "(anyone holding the file can read the names and narratives).")
    boolean noFilePassword;

    @Override
    public Integer call() {
        Messages m = cli.messages();
        String fileName = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new ParameterException(spec.commandLine(), m.get("cli.report.notXlsx", out));
        }
        boolean tppk = "tppk".equalsIgnoreCase(kind);
        if (!tppk && !"term".equalsIgnoreCase(kind)) {
            throw new ParameterException(spec.commandLine(), m.get("cli.report.badKind", kind));
        }
        if (tppk && year == null) {
            throw new ParameterException(spec.commandLine(), m.get("cli.report.tppkNeedsYear"));
        }
        if (tppk && (period != null || full)) {
            throw new ParameterException(spec.commandLine(), m.get("cli.report.tppkOptions"));
        }
        if (!tppk && year != null) {
            throw new ParameterException(spec.commandLine(), m.get("cli.report.yearOnlyTppk"));
        }
        if (!Files.exists(cli.database())) {
            throw new ValidationException("cli.error.noDatabase", cli.database());
        }
        if (tppk) {
            return annualTppk(m);
        }
        try (AppServices services = AppServices.open(cli.database(), cli.clock())) {
            ReportPeriod p = period == null ? ReportPeriod.of(services.terms().current())
                    : period.term != null ? ReportPeriod.of(services.terms().byCode(period.term))
                    : range(period.range);
            ExportMode mode = full ? ExportMode.FULL : ExportMode.PSEUDONYMISED;
            Actor actor = login.given() ? login.login(services.users(), m) : Actor.commandLine();
            // Asked only of someone who may export it; the service refuses (and audits) anyone else.
            FilePassword password = full && actor.can(Permission.REPORT_EXPORT_FULL) ? filePassword(m) : null;
            ExportResult r;
            try {
                r = services.reports().exportWorkbook(actor, p, mode, out, password, m, Progress.NONE);
            } catch (AccessDeniedException e) {
                // Refused and audited by the service; the operator is told what would be allowed.
                if (!login.given()) {
                    throw new ValidationException("cli.report.fullNeedsUser");
                }
                throw e;
            } finally {
                if (password != null) {
                    password.clear();
                }
            }
            cli.out().println(m.get("cli.report.done", r.file(), m.get("report.footer." + r.mode().name()), r.cases(),
                    r.sessions(), r.referrals(), r.followUps()));
            if (r.passwordProtected()) {
                cli.out().println(m.get("cli.report.protected"));
            }
        }
        return Cli.OK;
    }

    /** The annual TPPK report: aggregate only, so the operator may write it without a log-in. */
    private int annualTppk(Messages m) {
        try (AppServices services = AppServices.open(cli.database(), cli.clock())) {
            Actor actor = login.given() ? login.login(services.users(), m) : Actor.commandLine();
            TppkAnnualReport.Result r = services.tppkAnnual().export(actor, year, out, m);
            cli.out().println(m.get("cli.report.tppkDone", r.academicYear(), r.file(), r.violenceCases()));
        }
        return Cli.OK;
    }

    /** The full version is protected unless --no-file-password: from the file, or typed twice on the terminal. */
    private FilePassword filePassword(Messages m) {
        if (noFilePassword) {
            if (filePasswordFile != null) {
                throw new ValidationException("cli.report.filePasswordBoth");
            }
            return null;
        }
        if (filePasswordFile != null) {
            String text = new String(CliLogin.firstLine(filePasswordFile));
            return FilePassword.of(text, text);
        }
        String typed = new String(CliLogin.typed(m.get("cli.report.filePasswordPrompt", FilePassword.MIN_LENGTH)));
        String repeated = new String(CliLogin.typed(m.get("cli.report.filePasswordRepeat")));
        return FilePassword.of(typed, repeated);
    }

    private static ReportPeriod range(Range range) {
        LocalDate from = Dates.parseInput(range.from)
                .orElseThrow(() -> new ValidationException("cli.report.badDate", range.from));
        LocalDate to = Dates.parseInput(range.to)
                .orElseThrow(() -> new ValidationException("cli.report.badDate", range.to));
        if (to.isBefore(from)) {
            throw new ValidationException("cli.report.badRange");
        }
        return ReportPeriod.between(from, to);
    }
}
