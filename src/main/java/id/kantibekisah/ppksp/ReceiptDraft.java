package id.kantibekisah.ppksp;

import java.time.LocalDate;

/**
 * The first step: the TPPK receives the report. {@code reportedOn} starts the 30-day clock; it is null when the
 * team took the matter up without a report, and then {@code receivedOn} starts it.
 */
public record ReceiptDraft(LocalDate reportedOn, LocalDate receivedOn, String who, String findings) {
}
