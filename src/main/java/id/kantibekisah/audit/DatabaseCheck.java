package id.kantibekisah.audit;

import id.kantibekisah.db.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks a database file for damage: SQLite's integrity check, foreign keys, and the audit log's hash chain.
 * Read only; used by the {@code verify} command and by the admin's check button.
 */
public final class DatabaseCheck {
    /** What was found; {@link #ok()} when nothing. */
    public record Report(List<String> integrityErrors, long foreignKeyViolations, Optional<Long> firstBrokenAuditRow) {
        public Report {
            integrityErrors = List.copyOf(integrityErrors);
        }

        public boolean ok() {
            return integrityErrors.isEmpty() && foreignKeyViolations == 0 && firstBrokenAuditRow.isEmpty();
        }
    }

    private DatabaseCheck() {
    }

    public static Report run(Database db, AuditLog audit) {
        List<String> integrity = db.read(sql -> sql.list("PRAGMA integrity_check", r -> r.str("integrity_check")));
        List<String> errors = new ArrayList<>(integrity);
        errors.removeIf("ok"::equals);
        long fk = db.read(sql -> sql.list("PRAGMA foreign_key_check", r -> r.str("table"))).size();
        Optional<Long> broken = errors.isEmpty() ? audit.firstBrokenRow() : Optional.empty();
        return new Report(errors, fk, broken);
    }
}
