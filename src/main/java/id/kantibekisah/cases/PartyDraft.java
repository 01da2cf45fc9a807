package id.kantibekisah.cases;

/** A student named in an intake, with their role. */
public record PartyDraft(long studentId, PartyRole role) {
}
