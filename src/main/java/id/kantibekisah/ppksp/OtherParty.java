package id.kantibekisah.ppksp;

import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.students.Gender;

/** A victim, reported person or witness who is not a student of the roster. Confidential like a student. */
public record OtherParty(long id, long caseId, String name, OtherPartyKind kind, PartyRole role, Gender gender,
                         String note) {
}
