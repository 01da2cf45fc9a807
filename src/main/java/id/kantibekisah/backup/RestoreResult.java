package id.kantibekisah.backup;

import java.nio.file.Path;

/**
 * A finished restore.
 *
 * @param previousData the verified copy of the data as it was before the restore
 */
public record RestoreResult(BackupInfo restored, Path previousData) {
}
