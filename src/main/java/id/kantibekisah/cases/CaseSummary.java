package id.kantibekisah.cases;

import java.time.LocalDate;

/** One row of the case list. */
public record CaseSummary(long id, String code, LocalDate openedOn, Category category, RiskLevel risk,
                          CaseStatus status, Long counselorId, String counselorName, String studentNames,
                          String classes, LocalDate nextFollowUp) {
    public boolean overdue(LocalDate today) {
        return nextFollowUp != null && nextFollowUp.isBefore(today);
    }
}
