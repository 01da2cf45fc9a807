package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An escalation or referral, with its outcome and, for the principal, their acknowledgement. A cancelled one (the
 * case was closed without it) carries the reason as its outcome.
 */
public record Referral(long id, ReferralDestination destination, LocalDate referredOn, String reason,
                       String outcome, LocalDate outcomeOn, boolean cancelled, String acknowledgedByName,
                       Instant acknowledgedAt, String acknowledgementNote, String byName, Instant recordedAt)
        implements TimelineItem {
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** An escalation to the principal that nobody has answered or closed yet. */
    public boolean awaitingPrincipal() {
        return destination == ReferralDestination.PRINCIPAL && !acknowledged() && outcome == null;
    }

    /** A referral elsewhere whose outcome is not recorded yet. */
    public boolean awaitingOutcome() {
        return destination != ReferralDestination.PRINCIPAL && outcome == null;
    }

    /** Still waits for something: the principal's answer or the outcome. */
    public boolean open() {
        return awaitingPrincipal() || awaitingOutcome();
    }
}
