package id.kantibekisah.audit;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Dates;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The append-only audit log. {@link #append} writes in the caller's transaction, so an action and its audit row
 * commit or roll back together. Each row stores the SHA-256 of the previous row's hash and its own fields, so an
 * edited or removed row breaks the chain at that point ({@link #firstBrokenRow}).
 */
public final class AuditLog {
    public static final String GENESIS = "0".repeat(64);

    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Appends one row in the current transaction of {@code sql}. */
    public void append(Sql sql, Actor actor, AuditAction action, AuditOutcome outcome, Long caseId, Long studentId,
                       String detail) {
        String at = Dates.instant(Instant.now(clock));
        String prev = sql.string("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").orElse(GENESIS);
        Long userId = actor == null ? null : actor.userId();
        String username = actor == null ? null : actor.username();
        String hash = hash(prev, at, userId, username, action.name(), outcome.name(), caseId, studentId, detail);
        sql.insert("""
                INSERT INTO audit_log (at, user_id, username, action, outcome, case_id, student_id, detail,
                                       prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                at, userId, username, action, outcome, caseId, studentId, detail, prev, hash);
    }

    public void ok(Sql sql, Actor actor, AuditAction action, Long caseId, Long studentId, String detail) {
        append(sql, actor, action, AuditOutcome.OK, caseId, studentId, detail);
    }

    /**
     * Records a refused call in a transaction of its own: the refusal must stay on record even though the action
     * itself writes nothing.
     */
    public void refused(Actor actor, AuditAction action, Long caseId, Long studentId, String detail) {
        db.tx(sql -> {
            append(sql, actor, action, AuditOutcome.REFUSED, caseId, studentId, detail);
            return null;
        });
    }

    /** Records a failed attempt (a wrong password) in a transaction of its own. */
    public void failed(Actor actor, AuditAction action, String detail) {
        db.tx(sql -> {
            append(sql, actor, action, AuditOutcome.FAILED, null, null, detail);
            return null;
        });
    }

    /** How many rows of {@code action} with {@code outcome} this user wrote since {@code since} (rate limits). */
    public long countSince(Sql sql, Long userId, AuditAction action, AuditOutcome outcome, Instant since) {
        return sql.longValue("SELECT count(*) FROM audit_log WHERE user_id = ? AND action = ? AND outcome = ? "
                + "AND at >= ?", userId, action, outcome, Dates.instant(since));
    }

    /** The newest rows first; for tests and the audit screen. */
    public List<AuditEntry> latest(int limit) {
        return db.read(sql -> sql.list("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", AuditLog::map, limit));
    }

    /**
     * Walks the chain from the first row. Returns the id of the first row whose stored hashes do not match its
     * content or its predecessor, or empty when the whole log is intact.
     */
    public Optional<Long> firstBrokenRow() {
        return db.read(sql -> {
            String[] expectedPrev = {GENESIS};
            Long[] broken = {null};
            sql.forEach("""
                    SELECT id, at, user_id, username, action, outcome, case_id, student_id, detail, prev_hash, hash
                    FROM audit_log ORDER BY id""", row -> {
                String prev = row.str("prev_hash");
                String recomputed = hash(prev, row.str("at"), row.lngOrNull("user_id"), row.str("username"),
                        row.str("action"), row.str("outcome"), row.lngOrNull("case_id"),
                        row.lngOrNull("student_id"), row.str("detail"));
                if (!prev.equals(expectedPrev[0]) || !recomputed.equals(row.str("hash"))) {
                    broken[0] = row.lng("id");
                    return false;
                }
                expectedPrev[0] = row.str("hash");
                return true;
            });
            return Optional.ofNullable(broken[0]);
        });
    }

    /** The chain's head now: the number of rows and the last row's hash (the anchor to write down). */
    public AuditAnchor head(Sql sql) {
        long rows = sql.longValue("SELECT count(*) FROM audit_log");
        String last = sql.string("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").orElse(GENESIS);
        return AuditAnchor.of(rows, last);
    }

    /** What comparing the log with an anchor written down earlier found. */
    public enum AnchorFinding {
        /** The log still has the anchor's row with the anchor's hash (and has only grown since). */
        INTACT,
        /** The log has fewer rows than when the anchor was taken: rows were cut off its end. */
        TRUNCATED,
        /** The row at the anchor's position has another hash: the log was rewritten and its chain recomputed. */
        RECOMPUTED
    }

    /** Compares the log with {@code anchor}; the rows counted in the order they were written. */
    public AnchorFinding compare(AuditAnchor anchor) {
        return db.read(sql -> {
            long rows = sql.longValue("SELECT count(*) FROM audit_log");
            if (rows < anchor.rows()) {
                return AnchorFinding.TRUNCATED;
            }
            if (anchor.rows() == 0) {
                return AnchorFinding.INTACT;
            }
            String hash = sql.string("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET ?", anchor.rows() - 1)
                    .orElse("");
            return hash.startsWith(anchor.hashPrefix()) ? AnchorFinding.INTACT : AnchorFinding.RECOMPUTED;
        });
    }

    /** How the chain is broken at its first broken row. */
    public enum BreakKind {
        /** The row's content no longer gives its stored hash: it was edited. */
        EDITED,
        /** The row is intact but follows another row than the one it was written after: rows were re-ordered. */
        REORDERED,
        /** The row is intact but the row it was written after is gone: rows were deleted before it. */
        REMOVED
    }

    /** Where and how the chain is broken; empty when it is whole. */
    public record ChainBreak(long rowId, BreakKind kind) {
    }

    public Optional<ChainBreak> chainBreak() {
        return firstBrokenRow().map(id -> db.read(sql -> {
            var row = sql.one("""
                    SELECT id, at, user_id, username, action, outcome, case_id, student_id, detail, prev_hash, hash
                    FROM audit_log WHERE id = ?""", r -> new String[] {r.str("prev_hash"), r.str("hash"),
                    hash(r.str("prev_hash"), r.str("at"), r.lngOrNull("user_id"), r.str("username"),
                            r.str("action"), r.str("outcome"), r.lngOrNull("case_id"), r.lngOrNull("student_id"),
                            r.str("detail"))}, id).orElseThrow();
            if (!row[2].equals(row[1])) {
                return new ChainBreak(id, BreakKind.EDITED);
            }
            boolean predecessorElsewhere = sql.longValue("SELECT count(*) FROM audit_log WHERE hash = ? AND id <> ?",
                    row[0], id) > 0;
            return new ChainBreak(id, predecessorElsewhere ? BreakKind.REORDERED : BreakKind.REMOVED);
        }));
    }

    static AuditEntry map(Row row) throws SQLException {
        return new AuditEntry(row.lng("id"), row.instant("at"), row.lngOrNull("user_id"), row.str("username"),
                row.enumOf(AuditAction.class, "action"), row.enumOf(AuditOutcome.class, "outcome"),
                row.lngOrNull("case_id"), row.lngOrNull("student_id"), row.str("detail"));
    }

    static String hash(String prev, String at, Long userId, String username, String action, String outcome,
                       Long caseId, Long studentId, String detail) {
        // Fields are separated by a unit separator and NULL is spelled out, so no two rows serialise alike.
        String canonical = String.join("\u001f", prev, at, str(userId), str(username), action, outcome, str(caseId),
                str(studentId), str(detail));
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String str(Object value) {
        return value == null ? "\u0000NULL" : value.toString();
    }
}
