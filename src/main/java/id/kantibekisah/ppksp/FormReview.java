package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.CaseStatus;

import java.time.LocalDate;

/** A case whose forms of violence a counselor has still to decide. */
public record FormReview(long caseId, String code, LocalDate openedOn, Category category, CaseStatus status,
                         FormReviewReason reason) {
}
