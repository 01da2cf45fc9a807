package id.kantibekisah.reports;

import java.nio.file.Path;

/**
 * What an export wrote: the file, its version, how many rows each list sheet got, and whether the file is
 * password-protected (encrypted).
 */
public record ExportResult(Path file, ExportMode mode, int cases, int sessions, int referrals, int followUps,
                           boolean passwordProtected) {
}
