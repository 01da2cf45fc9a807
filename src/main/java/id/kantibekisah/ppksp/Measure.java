package id.kantibekisah.ppksp;

import id.kantibekisah.cases.ReferralDestination;

import java.time.LocalDate;

/**
 * A measure of the case plan. {@code personName} is the party it is for (a student or a non-student party; null
 * for the case as a whole). Take-down fields are for {@link MeasureKind#CONTENT_TAKEDOWN}, {@code referralTo} for
 * {@link MeasureKind#REFERRAL_FOLLOW_THROUGH}.
 */
public record Measure(long id, long caseId, MeasureKind kind, Long studentId, Long otherPartyId, String personName,
                      String responsible, LocalDate dueOn, MeasureStatus status, String notDoneReason, String note,
                      ReferralDestination referralTo, String platform, String contentRef, LocalDate takedownAskedOn,
                      LocalDate removedOn, LocalDate doneOn) {
    public boolean isOpen() {
        return status == MeasureStatus.PLANNED || status == MeasureStatus.IN_PROGRESS;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && dueOn.isBefore(today);
    }
}
