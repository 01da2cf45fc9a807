package id.kantibekisah.cases;

import java.time.LocalDate;

/** A follow-up to schedule: by when, who, what. */
public record FollowUpDraft(LocalDate dueOn, long assigneeId, String description) {
}
