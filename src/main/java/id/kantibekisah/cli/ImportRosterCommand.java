package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.students.RosterColumn;
import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterFiles;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.RosterPreview;
import id.kantibekisah.students.RosterProblem;
import id.kantibekisah.students.RosterTexts;
import id.kantibekisah.students.Student;
import id.kantibekisah.wiring.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Imports a roster file: prints the preview, then imports all valid rows or nothing. */
@Command(name = "import-roster", description = "Import students from a roster file: Dapodik's .xlsx export or "
        + "a .csv. Prints the column mapping and a preview; imports nothing when a row has a problem "
        + "(unless --skip-invalid).")
final class ImportRosterCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE", description = "The roster: .xlsx (e.g. Dapodik's Daftar Peserta Didik) or CSV "
            + "(comma or semicolon). The header row is found by its column names.")
    Path file;

    @Option(names = "--dry-run", description = "Only print the preview; write nothing.")
    boolean dryRun;

    @Option(names = "--deactivate-missing",
            description = "Mark active students who are not in the file as inactive (never deleted).")
    boolean deactivateMissing;

    @Option(names = "--skip-invalid", description = "Import the valid rows and list the rows with problems.")
    boolean skipInvalid;

    @Override
    public Integer call() {
        Messages m = cli.messages();
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("roster.error.noFile", file);
        }
        if (!Files.exists(cli.database())) {
            throw new ValidationException("cli.error.noDatabase", cli.database());
        }
        RosterFile roster = RosterFiles.read(file);
        try (AppServices services = AppServices.open(cli.database(), cli.clock())) {
            Actor actor = Actor.commandLine();
            RosterPreview preview = services.roster().preview(actor, roster);
            print(cli.out(), m, roster, preview, deactivateMissing);
            if (dryRun) {
                cli.out().println(preview.summary());
                return preview.hasProblems() ? Cli.FAILED : Cli.OK;
            }
            if (preview.hasProblems() && !skipInvalid) {
                cli.out().println(preview.summary());
                cli.err().println(m.get("cli.error", m.get("roster.error.hasProblems", preview.problemRows())));
                return Cli.FAILED;
            }
            RosterImport.Result r = services.roster().apply(actor, roster,
                    new RosterImport.Options(skipInvalid, deactivateMissing), Progress.NONE);
            cli.out().println("new " + r.added() + ", updated " + r.updated() + ", unchanged " + r.unchanged()
                    + ", errors " + r.problemRows() + (deactivateMissing ? ", deactivated " + r.deactivated() : ""));
        }
        return Cli.OK;
    }

    static void print(PrintWriter out, Messages m, RosterFile roster, RosterPreview p, boolean listMissing) {
        String source = RosterTexts.source(m, roster);
        out.println(source.isEmpty() ? m.get("roster.preview.mapping") : m.get("roster.preview.mappingAt", source));
        for (RosterColumn c : RosterColumn.values()) {
            out.printf("  %-22s <- %s%n", m.label(c), RosterTexts.headers(m, roster, c));
        }
        if (!roster.unusedHeaders().isEmpty()) {
            out.println(m.get("roster.preview.unused", roster.unusedHeaders().size()));
        }
        out.println(m.get("roster.preview.counts", p.toAdd().size(), p.toUpdate().size(), p.unchanged(),
                p.problemRows(), p.missing().size()));
        for (RosterProblem problem : p.problems()) {
            out.println("  " + m.get("roster.preview.row", problem.rowNumber(),
                    m.get(problem.messageKey(), problem.args().toArray())));
        }
        if (listMissing && !p.missing().isEmpty()) {
            out.println(m.get("roster.preview.missingList"));
            for (Student s : p.missing()) {
                out.printf("  %s  %-30s %s%n", s.nisn(), s.name(), s.className());
            }
        }
    }
}
