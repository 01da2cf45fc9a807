package id.kantibekisah.ppksp;

import java.time.LocalDate;

/**
 * A summons during the examination. For a child it is addressed to the parent or guardian. {@code attended} is
 * null until known.
 */
public record Summons(long id, long caseId, Long studentId, Long otherPartyId, String personName, String addressedTo,
                      SummonsMode mode, LocalDate summonedFor, Boolean attended, String note) {
    /** Which person a summons is for, whatever table they are in. */
    public String personKey() {
        return studentId != null ? "s" + studentId : "o" + otherPartyId;
    }
}
