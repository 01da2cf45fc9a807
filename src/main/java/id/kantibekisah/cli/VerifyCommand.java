package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditAnchor;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.DatabaseCheck;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.db.DatabaseHealth;
import id.kantibekisah.db.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Checks the database: SQLite integrity, foreign keys, the audit log's chain. Exit 0 when sound, 1 otherwise. The
 * checks read only (a damaged file is never written to); a sound database gets one audit row. Safe while the
 * program is open.
 */
@Command(name = "verify", description = "Check the database: integrity, foreign keys and the audit log's hash chain. "
        + "Exits 0 when all is sound, 1 when something is wrong (and says what). Reads only; safe while the "
        + "program is open.")
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--anchor", paramLabel = "TEXT", description = "An audit anchor written down earlier (printed "
            + "on a term report or a backup record, e.g. \"KB-AUDIT 1234/0123456789abcdef01234567\"): the log "
            + "must still hold that row with that hash. Finds a log cut short or rewritten with its chain "
            + "recomputed. May be given more than once.")
    List<String> anchors = new ArrayList<>();

    @Override
    public Integer call() {
        Messages m = cli.messages();
        if (!Files.exists(cli.database())) {
            throw new ValidationException("cli.error.noDatabase", cli.database());
        }
        DatabaseHealth.Health health = DatabaseHealth.check(cli.database());
        if (health.state() == DatabaseHealth.State.NOT_SQLITE) {
            throw new DatabaseException("db.error.notADatabase", null, cli.database());
        }
        DatabaseCheck.Report report;
        if (health.state() == DatabaseHealth.State.DAMAGED) {
            report = new DatabaseCheck.Report(health.findings(), 0, java.util.Optional.empty());
        } else {
            try (Database db = Database.openReadOnly(cli.database())) {
                Migrations.checkCompatible(db);
                report = DatabaseCheck.run(db, new AuditLog(db, cli.clock()));
            }
        }
        report.lines(m).forEach(cli.out()::println);
        boolean anchorsOk = true;
        if (health.state() != DatabaseHealth.State.DAMAGED) {
            try (Database db = Database.openReadOnly(cli.database())) {
                AuditLog log = new AuditLog(db, cli.clock());
                log.chainBreak().ifPresent(b -> cli.out().println(m.get("verify.break." + b.kind().name(),
                        b.rowId())));
                for (String text : anchors) {
                    AuditAnchor anchor = AuditAnchor.parse(text)
                            .orElseThrow(() -> new ValidationException("verify.anchor.unreadable", text));
                    AuditLog.AnchorFinding finding = log.compare(anchor);
                    cli.out().println(m.get("verify.anchor." + finding.name(), anchor.text(), anchor.rows()));
                    anchorsOk &= finding == AuditLog.AnchorFinding.INTACT;
                }
                cli.out().println(m.get("verify.anchor.now", db.read(log::head).text()));
            }
        }
        if (report.ok() && anchorsOk) {
            try (Database db = Database.open(cli.database())) {
                AuditLog audit = new AuditLog(db, cli.clock());
                db.tx(sql -> {
                    audit.ok(sql, Actor.commandLine(), AuditAction.VERIFY, null, null, "ok");
                    return null;
                });
            }
            cli.out().println(m.get("verify.ok", cli.database()));
            return Cli.OK;
        }
        cli.err().println(m.get("cli.error", m.get("verify.failed")));
        return Cli.FAILED;
    }
}
