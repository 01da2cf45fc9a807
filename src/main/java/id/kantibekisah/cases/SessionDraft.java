package id.kantibekisah.cases;

import java.time.LocalDate;

/** A counseling session (layanan) to record. */
public record SessionDraft(LocalDate heldOn, SessionKind kind, String notes, String nextStep) {
}
