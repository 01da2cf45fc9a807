package id.kantibekisah.ppksp;

import java.time.LocalDate;

/** A TPPK step past its deadline and not done yet, for the Beranda and the case list. */
public record LateStep(long caseId, String code, TppkStep step, LocalDate dueOn, long daysLate) {
}
