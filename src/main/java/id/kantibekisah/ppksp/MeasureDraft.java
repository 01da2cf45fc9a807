package id.kantibekisah.ppksp;

import id.kantibekisah.cases.ReferralDestination;

import java.time.LocalDate;

/** A new measure; the party ({@code studentId} or {@code otherPartyId}, at most one) is optional. */
public record MeasureDraft(MeasureKind kind, Long studentId, Long otherPartyId, String responsible, LocalDate dueOn,
                           String note, ReferralDestination referralTo, String platform, String contentRef,
                           LocalDate takedownAskedOn) {
}
