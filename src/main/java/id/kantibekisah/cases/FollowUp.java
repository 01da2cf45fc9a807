package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up: due date, who, what, and when it was done. */
public record FollowUp(long id, long caseId, LocalDate dueOn, long assigneeId, String assigneeName,
                       String description, Instant doneAt, LocalDate doneOn, String doneByName, String doneNote,
                       String byName, Instant recordedAt) implements TimelineItem {
    public boolean done() {
        return doneAt != null;
    }

    /** Not done and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }
}
