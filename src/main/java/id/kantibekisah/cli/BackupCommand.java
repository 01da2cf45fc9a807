package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.backup.BackupFailedException;
import id.kantibekisah.backup.BackupFile;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseHealth;
import id.kantibekisah.db.Migrations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Backs the database up with SQLite's online backup API. Works while the program's window is open (it only reads,
 * plus its audit row), so a scheduled job can run it any time.
 */
@Command(name = "backup", description = {"Back up the database: a consistent copy made with SQLite's online backup, "
        + "checked (integrity, row counts) before it replaces anything. Safe while the program is open.",
    "Without --out: today's copy in the backup folder (beside the database unless the admin chose another), "
        + "keeping 14 daily and 8 weekly copies."})
final class BackupCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Option(names = "--out", paramLabel = "FILE|FOLDER",
            description = "Write the copy here instead: a file name, or a folder (a USB stick) where it gets a dated "
                    + "name. An existing file is only replaced when it is an older Kanti Bekisah backup.")
    Path out;

    @Override
    public Integer call() throws IOException {
        Path database = cli.database();
        if (!Files.exists(database)) {
            throw new ValidationException("cli.error.noDatabase", database);
        }
        if (!DatabaseHealth.check(database).sound()) {
            // Never copy a damaged file over good backups; the message says what to do.
            throw new BackupFailedException(new ServiceException("backup.reason.damaged"),
                    database.toAbsolutePath().getParent());
        }
        try (Database db = Database.open(database)) {
            Migrations.checkCompatible(db);
            AuditLog audit = new AuditLog(db, cli.clock());
            BackupService backups = new BackupService(db, audit, new AccessPolicy(audit), cli.clock());
            if (out == null) {
                BackupFile file = backups.backupNow(Actor.commandLine(), Progress.NONE);
                cli.out().println(cli.messages().get("cli.backup.done", file.path(), file.size()));
            } else {
                Path file = backups.backupTo(Actor.commandLine(), out, Progress.NONE);
                cli.out().println(cli.messages().get("cli.backup.done", file, Files.size(file)));
            }
            // The chain's head, for the backup record kept outside the file (verify --anchor checks it later).
            cli.out().println(cli.messages().get("cli.backup.anchor", db.read(audit::head).text()));
        }
        return Cli.OK;
    }
}
