package id.kantibekisah.privacy;

import java.time.LocalDate;

/**
 * What the counselor records.
 *
 * @param givenBy the parent or guardian who consented; required for {@link ConsentBasis#PARENT_CONSENT}
 */
public record ConsentDraft(ConsentBasis basis, String givenBy, LocalDate givenOn, String note) {
}
