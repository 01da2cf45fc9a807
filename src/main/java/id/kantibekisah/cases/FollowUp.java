package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A follow-up: due date, who, what, and when it was closed. A closed follow-up was either done or cancelled (with
 * the reason in {@code doneNote}); both fill {@code doneAt}, so "open" is always {@code doneAt == null}.
 */
public record FollowUp(long id, long caseId, LocalDate dueOn, long assigneeId, String assigneeName,
                       String description, Instant doneAt, LocalDate doneOn, String doneByName, String doneNote,
                       boolean cancelled, String byName, Instant recordedAt) implements TimelineItem {
    /** Neither done nor cancelled. */
    public boolean open() {
        return doneAt == null;
    }

    /** Done (not cancelled). */
    public boolean done() {
        return doneAt != null && !cancelled;
    }

    /** Open and its due date has passed. */
    public boolean overdue(LocalDate today) {
        return open() && dueOn.isBefore(today);
    }
}
