package id.kantibekisah.backup;

import id.kantibekisah.common.ServiceException;

import java.nio.file.Path;

/**
 * A backup that was not made. The message says why and that the earlier backups are untouched: a failed copy is
 * only ever a temporary file, removed again, and never replaces a good one.
 */
public class BackupFailedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public BackupFailedException(ServiceException reason, Path folder) {
        super("backup.error.failed", reason, reason, folder.toString());
    }

    /** Why, as a message of its own. */
    public ServiceException reason() {
        return (ServiceException) getCause();
    }
}
