package id.kantibekisah.audit;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.common.AccessDeniedException;

/**
 * The one place where a service asks "may this actor do this?". A refusal is written to the audit log in its own
 * transaction and thrown; call it before opening the action's transaction.
 */
public final class AccessPolicy {
    private final AuditLog audit;

    public AccessPolicy(AuditLog audit) {
        this.audit = audit;
    }

    public void require(Actor actor, Permission permission, AuditAction action, Long caseId, Long studentId) {
        if (actor == null || !actor.can(permission)) {
            refuse(actor, action, caseId, studentId, "missing " + permission);
        }
    }

    public void require(Actor actor, Permission permission, AuditAction action) {
        require(actor, permission, action, null, null);
    }

    /** Audits the refusal and throws; {@code why} is for the audit row, not the user. */
    public AccessDeniedException refuse(Actor actor, AuditAction action, Long caseId, Long studentId, String why) {
        audit.refused(actor, action, caseId, studentId, why);
        throw new AccessDeniedException("error.access.denied");
    }
}
