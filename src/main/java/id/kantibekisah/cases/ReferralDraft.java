package id.kantibekisah.cases;

import java.time.LocalDate;

/** An escalation or referral to record. */
public record ReferralDraft(ReferralDestination destination, LocalDate referredOn, String reason) {
}
