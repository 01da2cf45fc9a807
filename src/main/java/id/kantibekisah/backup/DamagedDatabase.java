package id.kantibekisah.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A database file that failed the start-up check, with what was found and the newest backup that passed its own
 * check (if any was found).
 *
 * @param folder where its backups were looked for (and where the damaged file will be kept)
 */
public record DamagedDatabase(Path file, List<String> findings, Path folder, Optional<BackupInfo> newestGood) {
    public DamagedDatabase {
        findings = List.copyOf(findings);
    }

    public String firstFinding() {
        return findings.isEmpty() ? "" : findings.get(0);
    }
}
