package id.kantibekisah.audit;

import id.kantibekisah.access.Role;

import java.time.Instant;

/**
 * One line of the audit screen. {@code role} is null for the command line and for a log-in attempt with an unknown
 * name. For the admin, {@code studentName} and {@code studentClass} are always null, and on rows written by a cadre
 * {@code userId}, {@code userName} and {@code caseCode} are null (which case a cadre reported is the reporter's
 * identity, and the order of the rows gives the code away).
 */
public record AuditRow(long id, Instant at, Long userId, String userName, Role role, AuditAction action,
                       AuditOutcome outcome, String caseCode, String studentName, String studentClass) {
}
