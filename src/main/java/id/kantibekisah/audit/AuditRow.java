package id.kantibekisah.audit;

import id.kantibekisah.access.Role;

import java.time.Instant;

/**
 * One line of the audit screen. {@code role} is null for the command line and for a log-in attempt with an unknown
 * name. For the admin, {@code studentName} and {@code studentClass} are always null, and {@code caseCode} is null on
 * rows written by a cadre (which case a cadre reported is the reporter's identity).
 */
public record AuditRow(long id, Instant at, Long userId, String userName, Role role, AuditAction action,
                       AuditOutcome outcome, String caseCode, String studentName, String studentClass) {
}
