package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.backup.BackupInfo;
import id.kantibekisah.backup.DamagedDatabase;
import id.kantibekisah.backup.Recovery;
import id.kantibekisah.backup.RestoreResult;
import id.kantibekisah.backup.StartupPrompts;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.wiring.AppServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * Restores the database from a backup file. Refused while the program is open on it. A damaged database is
 * replaced (and kept aside); a sound one is first copied into the backup folder.
 */
@Command(name = "restore", description = {"Restore the database from a backup file: the file is checked first "
        + "(integrity, a Kanti Bekisah database, not newer than this program), the current data is kept as a checked "
        + "copy in the backup folder, then replaced.",
    "Close the program first. A damaged database is replaced too; it is kept in the backup folder (rusak-...)."})
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Cli cli;

    @Parameters(paramLabel = "FILE", description = "The backup to restore (a .db file made by Kanti Bekisah).")
    Path file;

    @Override
    public Integer call() {
        Messages m = cli.messages();
        Path backup = file.toAbsolutePath();
        if (!Files.isRegularFile(backup)) {
            throw new ValidationException("restore.error.missing", backup.toString());
        }
        Recovery.Result[] recovered = {null};
        StartupPrompts useTheGivenFile = new StartupPrompts() {
            @Override
            public Optional<Path> damaged(DamagedDatabase damaged, ServiceException lastAttempt) {
                if (lastAttempt != null) {
                    throw lastAttempt;
                }
                return Optional.of(backup);
            }

            @Override
            public void recovered(Recovery.Result result) {
                recovered[0] = result;
            }
        };
        try (AppServices services = AppServices.open(cli.database(), cli.clock(), new PasswordHasher(),
                useTheGivenFile)) {
            if (recovered[0] != null) {
                cli.out().println(m.get("cli.restore.recovered", recovered[0].from().file(),
                        recovered[0].keptDamaged()));
                return Cli.OK;
            }
            RestoreResult r = services.backups().restore(Actor.commandLine(), backup, Progress.NONE);
            BackupInfo info = r.restored();
            cli.out().println(m.get("cli.restore.done", info.file(), info.schemaVersion(), info.cases(),
                    info.students(), r.previousData()));
        }
        return Cli.OK;
    }
}
