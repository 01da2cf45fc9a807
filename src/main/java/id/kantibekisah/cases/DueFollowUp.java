package id.kantibekisah.cases;

import java.time.LocalDate;

/** An open follow-up with the case it belongs to, for the home screen. */
public record DueFollowUp(long followUpId, long caseId, String caseCode, LocalDate dueOn, long assigneeId,
                          String assigneeName, String description) {
}
