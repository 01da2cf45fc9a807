package id.kantibekisah.cases;

import java.time.Instant;

/** A free note, or a change of risk level or counselor, with its old and new value. */
public record CaseNote(long id, NoteKind kind, String oldValue, String newValue, String text, String byName,
                       Instant recordedAt) implements TimelineItem {
}
