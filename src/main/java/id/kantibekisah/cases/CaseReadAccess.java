package id.kantibekisah.cases;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.db.Database;

/**
 * Who may read one case, for every service that shows part of a case file (the case itself, its PPKSP part):
 * counselors read every case; the principal the cases escalated to the principal; nobody else any. A refusal is
 * audited and thrown by {@link AccessPolicy}.
 */
public final class CaseReadAccess {
    private final Database db;
    private final AccessPolicy access;
    private final CaseRepository cases = new CaseRepository();

    public CaseReadAccess(Database db, AccessPolicy access) {
        this.db = db;
        this.access = access;
    }

    /** Returns when {@code actor} may read case {@code caseId}; otherwise audits {@code action} refused and throws. */
    public void require(Actor actor, long caseId, AuditAction action) {
        if (actor != null && actor.can(Permission.CASE_READ)) {
            return;
        }
        if (actor != null && actor.can(Permission.CASE_READ_ESCALATED)
                && db.read(sql -> cases.isEscalatedTo(sql, caseId, ReferralDestination.PRINCIPAL))) {
            return;
        }
        throw access.refuse(actor, action, caseId, null, "read case");
    }
}
