package id.kantibekisah.privacy;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The parent's consent or the legal basis for processing each student's data (UU PDP). Recorded by the BK team,
 * who meet the parents; a consent is withdrawn with a date, never deleted.
 */
public final class ConsentService {
    public static final int MAX_TEXT = 500;

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    public ConsentService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** The student's consents and bases, newest first, withdrawn ones included. */
    public List<Consent> consents(Actor actor, long studentId) {
        access.require(actor, Permission.CONSENT_MANAGE, AuditAction.CONSENT_VIEW, null, studentId);
        return db.tx(sql -> {
            requireStudent(sql, studentId);
            audit.ok(sql, actor, AuditAction.CONSENT_VIEW, null, studentId, null);
            return list(sql, studentId);
        });
    }

    static List<Consent> list(Sql sql, long studentId) {
        return sql.list("""
                SELECT c.*, r.display_name AS recorded_name, w.display_name AS withdrawn_name
                  FROM student_consents c JOIN users r ON r.id = c.recorded_by
                  LEFT JOIN users w ON w.id = c.withdrawn_by
                 WHERE c.student_id = ? ORDER BY c.given_on DESC, c.id DESC""", ConsentService::map, studentId);
    }

    public long record(Actor actor, long studentId, ConsentDraft draft) {
        access.require(actor, Permission.CONSENT_MANAGE, AuditAction.CONSENT_RECORD, null, studentId);
        if (draft.basis() == null) {
            throw new ValidationException("privacy.error.basisMissing");
        }
        String givenBy = trim(draft.givenBy());
        if (draft.basis() == ConsentBasis.PARENT_CONSENT && givenBy == null) {
            throw new ValidationException("privacy.error.givenByMissing");
        }
        LocalDate on = pastOrToday(draft.givenOn());
        String note = trim(draft.note());
        checkLength(givenBy);
        checkLength(note);
        return db.tx(sql -> {
            requireStudent(sql, studentId);
            long id = sql.insert("""
                    INSERT INTO student_consents (student_id, basis, given_by, given_on, note, recorded_by,
                                                  recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", studentId, draft.basis(), givenBy, on, note, actor.userId(),
                    clock.instant());
            audit.ok(sql, actor, AuditAction.CONSENT_RECORD, null, studentId, "consent " + id + " " + draft.basis());
            return id;
        });
    }

    /** The parent withdrew their consent (or the basis no longer holds) on {@code on}. */
    public void withdraw(Actor actor, long consentId, LocalDate on) {
        access.require(actor, Permission.CONSENT_MANAGE, AuditAction.CONSENT_WITHDRAW);
        LocalDate date = pastOrToday(on);
        db.tx(sql -> {
            Consent c = sql.one("""
                    SELECT c.*, NULL AS recorded_name, NULL AS withdrawn_name FROM student_consents c
                     WHERE c.id = ?""", ConsentService::map, consentId)
                    .orElseThrow(() -> new NotFoundException("privacy.error.consentNotFound"));
            if (c.withdrawn()) {
                throw new ValidationException("privacy.error.alreadyWithdrawn");
            }
            if (date.isBefore(c.givenOn())) {
                throw new ValidationException("privacy.error.withdrawnBeforeGiven");
            }
            sql.update("UPDATE student_consents SET withdrawn_on = ?, withdrawn_by = ?, withdrawn_at = ? WHERE id = ?",
                    date, actor.userId(), clock.instant(), consentId);
            audit.ok(sql, actor, AuditAction.CONSENT_WITHDRAW, null, c.studentId(), "consent " + consentId);
            return null;
        });
    }

    private static void requireStudent(Sql sql, long studentId) {
        if (sql.longValue("SELECT count(*) FROM students WHERE id = ?", studentId) == 0) {
            throw new NotFoundException("student.error.notFound");
        }
    }

    private LocalDate pastOrToday(LocalDate date) {
        if (date == null) {
            throw new ValidationException("privacy.error.dateMissing");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new ValidationException("privacy.error.dateInFuture");
        }
        return date;
    }

    private static void checkLength(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new ValidationException("privacy.error.textTooLong", MAX_TEXT);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    static Consent map(Row r) throws SQLException {
        return new Consent(r.lng("id"), r.lng("student_id"), r.enumOf(ConsentBasis.class, "basis"),
                r.str("given_by"), r.date("given_on"), r.str("note"), r.str("recorded_name"),
                r.instant("recorded_at"), r.date("withdrawn_on"), r.str("withdrawn_name"));
    }
}
