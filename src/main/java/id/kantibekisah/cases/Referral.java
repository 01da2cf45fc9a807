package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;

/** An escalation or referral, with its outcome and, for the principal, their acknowledgement. */
public record Referral(long id, ReferralDestination destination, LocalDate referredOn, String reason,
                       String outcome, LocalDate outcomeOn, String acknowledgedByName, Instant acknowledgedAt,
                       String acknowledgementNote, String byName, Instant recordedAt) implements TimelineItem {
    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
