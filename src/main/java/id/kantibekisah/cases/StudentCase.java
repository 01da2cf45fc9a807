package id.kantibekisah.cases;

import java.time.LocalDate;

/** One case a student is part of, as the student's page lists it: no narrative, no reporter. */
public record StudentCase(long caseId, String code, LocalDate openedOn, Category category, CaseStatus status,
                          PartyRole role) {
}
