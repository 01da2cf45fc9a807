package id.kantibekisah.privacy;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Progress;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Anonymises students once the retention period set by the admin has passed: a student who has left the school
 * (inactive), whose cases are all closed, and whose record and cases have not changed for that many years.
 * Names, NISN, guardian details and every narrative of their cases are replaced; gender, class, categories,
 * statuses, dates and the case parties stay, so the term figures (counts by category, status, class) do not
 * change. With {@code PRAGMA secure_delete} on (see {@code Database.open}) the old text is overwritten in the file,
 * and the write-ahead log is checkpointed and truncated afterwards so no old page is left there either.
 */
public final class RetentionService {
    /** What replaces a narrative. Stored data, not a label: the same in every language of the program. */
    public static final String REMOVED = "[dianonimkan]";

    /** How many students are due, and how many have been anonymised before. */
    public record Status(long due, long anonymised, int retentionYears) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    public RetentionService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Counts only: the admin decides without seeing who. */
    public Status status(Actor actor) {
        access.require(actor, Permission.DATA_RETENTION, AuditAction.STUDENT_ANONYMISE);
        return db.read(sql -> {
            int years = PrivacySettingsService.read(sql).retentionYears();
            return new Status(due(sql, cutoff(years)).size(),
                    sql.longValue("SELECT count(*) FROM students WHERE anonymised_at IS NOT NULL"), years);
        });
    }

    /** Anonymises every student that is due, each with its audit row, in one transaction. Returns how many. */
    public int anonymiseDue(Actor actor, Progress progress) {
        access.require(actor, Permission.DATA_RETENTION, AuditAction.STUDENT_ANONYMISE);
        int count = db.tx(sql -> {
            int years = PrivacySettingsService.read(sql).retentionYears();
            List<Long> due = due(sql, cutoff(years));
            Instant now = clock.instant();
            int done = 0;
            for (long studentId : due) {
                int cases = anonymise(sql, studentId, now);
                audit.ok(sql, actor, AuditAction.STUDENT_ANONYMISE, null, studentId,
                        "retention " + years + " y, cases " + cases);
                progress.update(++done, due.size());
            }
            if (done > 0) {
                // The search index (V003) keeps a removed name's trigrams in its old segments until they merge;
                // rebuilding it from the anonymised rows frees those pages, which secure_delete then overwrites.
                sql.execute("INSERT INTO student_search (student_search) VALUES ('rebuild')");
            }
            return done;
        });
        if (count > 0) {
            // The old pages of this transaction sit in the write-ahead log until a checkpoint; truncating it
            // leaves the text neither there nor (secure_delete) in the database file's free space.
            db.withoutTransaction(sql -> sql.longValue("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        return count;
    }

    private Instant cutoff(int years) {
        return ZonedDateTime.ofInstant(clock.instant(), clock.getZone()).minusYears(years).toInstant();
    }

    private static List<Long> due(Sql sql, Instant cutoff) {
        String c = Dates.instant(cutoff);
        return sql.list("""
                SELECT s.id FROM students s
                 WHERE s.active = 0 AND s.anonymised_at IS NULL AND s.updated_at < ?
                   AND NOT EXISTS (SELECT 1 FROM case_parties p JOIN cases k ON k.id = p.case_id
                                    WHERE p.student_id = s.id
                                      AND (k.status NOT IN ('RESOLVED', 'DISMISSED') OR k.updated_at >= ?))
                 ORDER BY s.id""", r -> r.lng("id"), c, c);
    }

    /** Replaces what names or describes the student; returns how many cases had their narratives removed. */
    static int anonymise(Sql sql, long studentId, Instant now) {
        sql.update("""
                UPDATE students SET name = ?, nisn = ?, nis = NULL, birth_date = NULL, guardian_name = NULL,
                                    guardian_phone = NULL, active = 0, anonymised_at = ?, updated_at = ?
                 WHERE id = ?""", "Siswa anonim #" + studentId, anonymousNisn(sql, studentId), now, now, studentId);
        // A cadre account carries the student's name; it is closed and renamed (its history keeps the id).
        sql.update("""
                UPDATE users SET display_name = 'Kader anonim #' || id, username = 'anonim.' || id, active = 0
                 WHERE student_id = ?""", studentId);
        sql.update("UPDATE student_consents SET given_by = NULL, note = NULL WHERE student_id = ?", studentId);
        List<Long> cases = sql.list("SELECT case_id FROM case_parties WHERE student_id = ?", r -> r.lng("case_id"),
                studentId);
        for (long caseId : cases) {
            sql.update("""
                    UPDATE intakes SET description = ?, location_detail = NULL, reporter_name = NULL
                     WHERE case_id = ?""", REMOVED, caseId);
            sql.update("""
                    UPDATE cases SET recommendation = CASE WHEN recommendation IS NULL THEN NULL ELSE ?1 END,
                                     closure_summary = CASE WHEN closure_summary IS NULL THEN NULL ELSE ?1 END,
                                     dismissal_reason = CASE WHEN dismissal_reason IS NULL THEN NULL ELSE ?1 END
                     WHERE id = ?2""", REMOVED, caseId);
            sql.update("UPDATE counseling_sessions SET notes = ?, next_step = NULL WHERE case_id = ?", REMOVED,
                    caseId);
            sql.update("""
                    UPDATE referrals SET reason = ?1,
                                         outcome = CASE WHEN outcome IS NULL THEN NULL ELSE ?1 END,
                                         acknowledgement_note = CASE WHEN acknowledgement_note IS NULL THEN NULL
                                                                     ELSE ?1 END
                     WHERE case_id = ?2""", REMOVED, caseId);
            sql.update("UPDATE follow_ups SET description = ?, done_note = NULL WHERE case_id = ?", REMOVED, caseId);
            sql.update("UPDATE case_notes SET text = ? WHERE case_id = ? AND text IS NOT NULL", REMOVED, caseId);
            sql.update("UPDATE status_history SET reason = ? WHERE case_id = ? AND reason IS NOT NULL", REMOVED,
                    caseId);
        }
        return cases.size();
    }

    /**
     * NISN must stay ten unique digits. A real NISN begins with the last three digits of the birth year, so
     * {@code 999} + the record number belongs to no junior-high student; should it be taken anyway, the next lower
     * prefix is used.
     */
    static String anonymousNisn(Sql sql, long studentId) {
        for (int prefix = 999; prefix >= 100; prefix--) {
            String candidate = prefix + String.format("%07d", studentId % 10_000_000);
            if (sql.longValue("SELECT count(*) FROM students WHERE nisn = ? AND id <> ?", candidate, studentId) == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free NISN for student " + studentId);
    }
}
