package id.kantibekisah.audit;

import java.time.LocalDate;

/**
 * A filter of the audit screen; null fields match everything.
 *
 * @param caseCode  a case code such as {@code KB-2026-0042}
 * @param studentId a student: the rows about their record and, with {@code withTheirCases}, about every case they
 *                  are part of ("who viewed or exported this child's case since ...")
 * @param from      first day, inclusive, in the program's time zone
 * @param to        last day, inclusive
 */
public record AuditQuery(Long userId, AuditAction action, AuditOutcome outcome, String caseCode, Long studentId,
                         boolean withTheirCases, LocalDate from, LocalDate to, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public static AuditQuery all(int limit) {
        return new AuditQuery(null, null, null, null, null, false, null, null, 0, limit);
    }

    public AuditQuery page(int newOffset) {
        return new AuditQuery(userId, action, outcome, caseCode, studentId, withTheirCases, from, to, newOffset,
                limit);
    }
}
