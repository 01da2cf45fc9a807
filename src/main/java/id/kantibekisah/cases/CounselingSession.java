package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;

/** A counseling session (layanan) held for a case. */
public record CounselingSession(long id, LocalDate heldOn, SessionKind kind, String notes, String nextStep,
                                String byName, Instant recordedAt) implements TimelineItem {
}
