package id.kantibekisah.ppksp;

import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.students.Gender;

/** A non-student party as typed in; gender and note are optional. */
public record OtherPartyDraft(String name, OtherPartyKind kind, PartyRole role, Gender gender, String note) {
}
