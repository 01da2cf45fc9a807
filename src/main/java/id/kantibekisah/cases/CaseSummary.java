package id.kantibekisah.cases;

import java.time.LocalDate;

/** One row of the case list. */
public record CaseSummary(long id, String code, LocalDate openedOn, Category category, RiskLevel risk,
                          CaseStatus status, Long counselorId, String counselorName, String studentNames,
                          String classes, LocalDate nextFollowUp) {
    /** An open follow-up past its day on a case still open: the one rule for "overdue" everywhere. */
    public boolean overdue(LocalDate today) {
        return status.isOpen() && nextFollowUp != null && nextFollowUp.isBefore(today);
    }
}
