package id.kantibekisah.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What a backup file holds, read after checking it: enough for the admin to recognise the right copy, nothing of
 * any case's content.
 *
 * @param lastActivity the time of the newest audit row: when the data in it was last touched
 */
public record BackupInfo(Path file, long size, int schemaVersion, String schoolName, long students, long cases,
                         long users, Optional<Instant> lastActivity) {
}
