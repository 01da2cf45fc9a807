package id.kantibekisah.ppksp;

import java.time.LocalDate;

/** A step as typed in: when it was done, who did it, what was found (optional). */
public record StepDraft(LocalDate doneOn, String who, String findings) {
}
