package id.kantibekisah.ppksp;

import java.time.Instant;
import java.time.LocalDate;

/** One done step of a TPPK matter: when, who (the team members, the principal), what was found. */
public record StepRecord(TppkStep step, LocalDate doneOn, String who, String findings, String recordedBy,
                         Instant recordedAt) {
}
