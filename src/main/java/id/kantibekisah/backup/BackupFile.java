package id.kantibekisah.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One backup file in the backup folder.
 *
 * @param day      the day in its name (the day it was made)
 * @param modified when the file was last written (a daily copy is renewed on exit)
 */
public record BackupFile(Path path, BackupKind kind, LocalDate day, String stamp, Instant modified, long size) {
    public String fileName() {
        return path.getFileName().toString();
    }
}
