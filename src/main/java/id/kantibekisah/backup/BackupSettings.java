package id.kantibekisah.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the automatic backups go and how many are kept.
 *
 * @param folder empty for the default {@code backups/} folder beside the database
 */
public record BackupSettings(Optional<Path> folder, int keepDaily, int keepWeekly) {
    public static final int DEFAULT_KEEP_DAILY = 14;
    public static final int DEFAULT_KEEP_WEEKLY = 8;
    public static final int MAX_KEEP_DAILY = 90;
    public static final int MAX_KEEP_WEEKLY = 104;

    public static BackupSettings defaults() {
        return new BackupSettings(Optional.empty(), DEFAULT_KEEP_DAILY, DEFAULT_KEEP_WEEKLY);
    }
}
