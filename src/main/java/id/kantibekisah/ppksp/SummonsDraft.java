package id.kantibekisah.ppksp;

import java.time.LocalDate;

/**
 * A summons as typed in: for a student of the case ({@code studentId}) or a non-student party
 * ({@code otherPartyId}), exactly one; addressed to the parent or guardian for a child.
 */
public record SummonsDraft(Long studentId, Long otherPartyId, String addressedTo, SummonsMode mode,
                           LocalDate summonedFor, String note) {
}
