package id.kantibekisah.privacy;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded consent or legal basis for processing a student's data; withdrawn ones stay on record. */
public record Consent(long id, long studentId, ConsentBasis basis, String givenBy, LocalDate givenOn, String note,
                      String recordedByName, Instant recordedAt, LocalDate withdrawnOn, String withdrawnByName) {
    public boolean withdrawn() {
        return withdrawnOn != null;
    }
}
