package id.kantibekisah.audit;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.common.Dates;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the audit log (admin and BK team) and checking the database (admin). Every search is itself audited.
 *
 * <p>What the admin sees: who did what and when, with the case code, but never a student: no name, no class, no
 * student filter. Otherwise the admin, who may not read cases, could tie a child to a case code through the log.
 * Rows written by a cadre show the admin no case code either, since which case a cadre reported is the reporter's
 * identity; and since case codes are numbered in the order cases are created, the order of the rows would give the
 * code back, so the admin sees a cadre's rows without the cadre: no name, no user id, no filter by a cadre's
 * account (the time and the role stay, the who is gone). Counselors, who read every case anyway, see everything,
 * with students by name and class.
 */
public final class AuditService {
    /** A user as the filter lists them. */
    public record UserRef(long id, String displayName, String username, Role role) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    public AuditService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public AuditPage search(Actor actor, AuditQuery q) {
        access.require(actor, Permission.AUDIT_READ, AuditAction.AUDIT_VIEW, null, q.studentId());
        boolean seesStudents = actor.can(Permission.STUDENT_READ);
        if (q.studentId() != null && !seesStudents) {
            throw access.refuse(actor, AuditAction.AUDIT_VIEW, null, q.studentId(), "filter by student");
        }
        if (q.userId() != null && !seesStudents && db.read(sql -> sql.longValue(
                "SELECT count(*) FROM users WHERE id = ? AND role = 'CADRE'", q.userId())) > 0) {
            throw access.refuse(actor, AuditAction.AUDIT_VIEW, null, null, "filter by cadre " + q.userId());
        }
        int limit = Math.max(1, Math.min(q.limit(), AuditQuery.MAX_LIMIT));
        return db.tx(sql -> {
            List<Object> params = new ArrayList<>();
            String where = where(sql, q, seesStudents, params);
            if (where == null) {
                audit.ok(sql, actor, AuditAction.AUDIT_VIEW, null, q.studentId(), describe(q));
                return new AuditPage(List.of(), 0);
            }
            long total = sql.longValue("SELECT count(*) FROM audit_log a LEFT JOIN users u ON u.id = a.user_id"
                    + where, params.toArray());
            List<Object> pageParams = new ArrayList<>(params);
            pageParams.add(limit);
            pageParams.add(Math.max(0, q.offset()));
            List<AuditRow> rows = sql.list("""
                    SELECT a.id, a.at, a.user_id, coalesce(u.display_name, a.username) AS user_name, u.role,
                           a.action, a.outcome, c.code, s.name AS student_name, s.class_name AS student_class
                      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
                      LEFT JOIN cases c ON c.id = a.case_id
                      LEFT JOIN students s ON s.id = a.student_id""" + where
                    + " ORDER BY a.at DESC, a.id DESC LIMIT ? OFFSET ?", r -> {
                Role role = r.str("role") == null ? null : Role.valueOf(r.str("role"));
                boolean hideCadre = !seesStudents && role == Role.CADRE;
                return new AuditRow(r.lng("id"), r.instant("at"), hideCadre ? null : r.lngOrNull("user_id"),
                        hideCadre ? null : r.str("user_name"), role,
                        action(r.str("action")), AuditOutcome.valueOf(r.str("outcome")),
                        hideCadre ? null : r.str("code"), seesStudents ? r.str("student_name") : null,
                        seesStudents ? r.str("student_class") : null);
            }, pageParams.toArray());
            // Written after reading, so the search does not find itself.
            audit.ok(sql, actor, AuditAction.AUDIT_VIEW, null, q.studentId(), describe(q));
            return new AuditPage(rows, total);
        });
    }

    /** The users to filter by: everyone who has an account, active or not; for the admin, no cadre. */
    public List<UserRef> users(Actor actor) {
        access.require(actor, Permission.AUDIT_READ, AuditAction.AUDIT_VIEW);
        boolean withCadres = actor.can(Permission.STUDENT_READ);
        return db.read(sql -> sql.list("""
                SELECT id, display_name, username, role FROM users WHERE role <> 'CADRE' OR ?
                 ORDER BY display_name COLLATE NOCASE""",
                r -> new UserRef(r.lng("id"), r.str("display_name"), r.str("username"),
                        Role.valueOf(r.str("role"))), withCadres));
    }

    /** SQLite's integrity check, foreign keys and the audit chain: the admin's "check the database" button. */
    public DatabaseCheck.Report verify(Actor actor) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.VERIFY);
        DatabaseCheck.Report report = DatabaseCheck.run(db, audit);
        db.tx(sql -> {
            audit.append(sql, actor, AuditAction.VERIFY, report.ok() ? AuditOutcome.OK : AuditOutcome.FAILED, null,
                    null, report.summary());
            return null;
        });
        return report;
    }

    /** The WHERE clause (with its leading space), or null when the filter can match nothing. */
    private String where(Sql sql, AuditQuery q, boolean seesStudents, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.userId() != null) {
            clauses.add("a.user_id = ?");
            params.add(q.userId());
        }
        if (q.action() != null) {
            clauses.add("a.action = ?");
            params.add(q.action());
        }
        if (q.outcome() != null) {
            clauses.add("a.outcome = ?");
            params.add(q.outcome());
        }
        if (q.caseCode() != null && !q.caseCode().isBlank()) {
            Long caseId = sql.one("SELECT id FROM cases WHERE code = ?", r -> r.lng("id"),
                    q.caseCode().trim().toUpperCase(java.util.Locale.ROOT)).orElse(null);
            if (caseId == null) {
                return null;
            }
            clauses.add("a.case_id = ?");
            params.add(caseId);
            if (!seesStudents) {
                clauses.add("(u.role IS NULL OR u.role <> 'CADRE')");
            }
        }
        if (q.studentId() != null) {
            if (q.withTheirCases()) {
                clauses.add("""
                        a.id IN (SELECT id FROM audit_log WHERE student_id = ?
                                 UNION ALL
                                 SELECT id FROM audit_log
                                  WHERE case_id IN (SELECT case_id FROM case_parties WHERE student_id = ?))""");
                params.add(q.studentId());
                params.add(q.studentId());
            } else {
                clauses.add("a.student_id = ?");
                params.add(q.studentId());
            }
        }
        if (q.from() != null) {
            clauses.add("a.at >= ?");
            params.add(Dates.instant(startOf(q.from())));
        }
        if (q.to() != null) {
            clauses.add("a.at < ?");
            params.add(Dates.instant(startOf(q.to().plusDays(1))));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.getZone()).toInstant();
    }

    /** Null for an action this version does not know (a row written by a newer program). */
    private static AuditAction action(String name) {
        try {
            return AuditAction.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Ids and codes only, never a name: the audit row of a search must not leak what it was about. */
    private static String describe(AuditQuery q) {
        StringBuilder sb = new StringBuilder("search");
        if (q.userId() != null) {
            sb.append(" user=").append(q.userId());
        }
        if (q.action() != null) {
            sb.append(" action=").append(q.action());
        }
        if (q.outcome() != null) {
            sb.append(" outcome=").append(q.outcome());
        }
        if (q.caseCode() != null && !q.caseCode().isBlank()) {
            sb.append(" case=").append(q.caseCode().trim());
        }
        if (q.studentId() != null) {
            sb.append(q.withTheirCases() ? " student+cases" : " student");
        }
        if (q.from() != null) {
            sb.append(" from=").append(q.from());
        }
        if (q.to() != null) {
            sb.append(" to=").append(q.to());
        }
        if (q.offset() > 0) {
            sb.append(" offset=").append(q.offset());
        }
        return sb.toString();
    }
}
