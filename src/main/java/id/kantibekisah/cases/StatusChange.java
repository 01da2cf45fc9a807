package id.kantibekisah.cases;

import java.time.Instant;

/** A step of the workflow; {@code from} is null for the case's creation. */
public record StatusChange(long id, CaseStatus from, CaseStatus to, String byName, Instant recordedAt,
                           String reason) implements TimelineItem {
}
