package id.kantibekisah.ppksp;

import java.time.LocalDate;

/** The principal's decision, and the day its copy went to the Dinas (may follow later: null). */
public record DecisionDraft(LocalDate doneOn, String who, String decision, LocalDate dinasCopyOn) {
}
