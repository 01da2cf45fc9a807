package id.kantibekisah.backup;

import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.DatabaseInUseException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What the start-up asks or tells the person in front of the program: the window answers with dialogs, the command
 * line and the tests with fixed answers.
 */
public interface StartupPrompts {
    /** Nobody to ask: a damaged database is refused (with a message naming the newest good backup). */
    StartupPrompts NONE = (damaged, lastAttempt) -> Optional.empty();

    /**
     * The database is damaged: which backup file should replace it? Empty to leave it as it is and stop.
     *
     * @param lastAttempt why the previous answer could not be used, or null on the first question
     */
    Optional<Path> damaged(DamagedDatabase damaged, ServiceException lastAttempt);

    /** A backup replaced the damaged database. */
    default void recovered(Recovery.Result result) {
    }

    /** Another copy of the program has the database; the program will close. */
    default void inUse(DatabaseInUseException e) {
    }

    /** The automatic backup failed; the program goes on. */
    default void backupFailed(BackupFailedException e) {
    }
}
