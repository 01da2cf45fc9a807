package id.kantibekisah.audit;

import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.Schema;

import id.kantibekisah.common.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks a database file for damage: SQLite's integrity check, foreign keys, the audit log's hash chain, and the
 * schema against what the migrations make (the audit log's append-only triggers among it).
 * Read only; used by the {@code verify} command and by the admin's check button.
 */
public final class DatabaseCheck {
    /**
     * What was found; {@link #ok()} when nothing.
     *
     * @param schemaDifferences tables, indexes and triggers that are not as the migrations of the file's version
     *                          make them (a dropped append-only trigger of the audit log, say)
     */
    public record Report(List<String> integrityErrors, long foreignKeyViolations, Optional<Long> firstBrokenAuditRow,
                         List<Schema.Difference> schemaDifferences) {
        public Report {
            integrityErrors = List.copyOf(integrityErrors);
            schemaDifferences = List.copyOf(schemaDifferences);
        }

        public Report(List<String> integrityErrors, long foreignKeyViolations, Optional<Long> firstBrokenAuditRow) {
            this(integrityErrors, foreignKeyViolations, firstBrokenAuditRow, List.of());
        }

        public boolean ok() {
            return integrityErrors.isEmpty() && foreignKeyViolations == 0 && firstBrokenAuditRow.isEmpty()
                    && schemaDifferences.isEmpty();
        }

        /**
         * What was found, one line each in the user's language, followed by what to do about each kind of finding
         * (damage: restore a backup; an edited audit log: tell the principal; missing triggers: reopen the program,
         * which puts them back). Empty when sound.
         */
        public List<String> lines(Messages m) {
            List<String> out = new ArrayList<>();
            integrityErrors.stream().limit(5).forEach(e -> out.add(m.get("verify.integrityError", e)));
            if (foreignKeyViolations > 0) {
                out.add(m.get("verify.foreignKeys", foreignKeyViolations));
            }
            firstBrokenAuditRow.ifPresent(id -> out.add(m.get("verify.auditBroken", id)));
            if (!schemaDifferences.isEmpty()) {
                out.add(m.get("verify.schema", schemaDifferences.stream().map(d -> m.get("verify.schema." + d.type(),
                        d.name(), m.get("verify.schema." + d.kind().name()))).collect(Collectors.joining(", "))));
            }
            boolean reopenRepairs = !schemaDifferences.isEmpty() && schemaDifferences.stream()
                    .allMatch(Schema.Difference::repairedAtOpen);
            if (!integrityErrors.isEmpty() || foreignKeyViolations > 0
                    || (!schemaDifferences.isEmpty() && !reopenRepairs)) {
                out.add(m.get("verify.advice.restore"));
            }
            if (firstBrokenAuditRow.isPresent()) {
                out.add(m.get("verify.advice.audit"));
            }
            if (reopenRepairs) {
                out.add(m.get("verify.advice.schema"));
            }
            return out;
        }

        /** For an audit row: counts and names, no content. */
        public String summary() {
            return ok() ? "ok" : "integrity " + integrityErrors.size() + ", foreign keys " + foreignKeyViolations
                    + ", audit chain broken at " + firstBrokenAuditRow.map(String::valueOf).orElse("-")
                    + ", schema " + (schemaDifferences.isEmpty() ? "ok" : schemaDifferences);
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
        List<Schema.Difference> schema = errors.isEmpty() && db.userVersion() <= Migrations.latestVersion()
                ? Schema.differences(db) : List.of();
        return new Report(errors, fk, broken, schema);
    }
}
