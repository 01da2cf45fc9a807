package id.kantibekisah.audit;

import java.time.Instant;

/** One row of the audit log. */
public record AuditEntry(long id, Instant at, Long userId, String username, AuditAction action,
                         AuditOutcome outcome, Long caseId, Long studentId, String detail) {
}
