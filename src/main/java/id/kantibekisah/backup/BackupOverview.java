package id.kantibekisah.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The admin's view of the backups: the settings, the folder actually used, its files (newest first) and the last
 * automatic backup that failed since the program started, if the newest one did.
 */
public record BackupOverview(BackupSettings settings, Path folder, List<BackupFile> files,
                             Optional<BackupService.FailedBackup> lastFailure) {
    public BackupOverview {
        files = List.copyOf(files);
    }

    public Optional<BackupFile> newest() {
        return files.stream().filter(f -> f.kind() != BackupKind.COPY)
                .max(java.util.Comparator.comparing(BackupFile::modified));
    }
}
