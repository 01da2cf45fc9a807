package id.kantibekisah.reports;

import java.nio.file.Path;

/** What an export wrote: the file, its version and how many rows each list sheet got. */
public record ExportResult(Path file, ExportMode mode, int cases, int sessions, int referrals, int followUps) {
}
