package id.kantibekisah.ppksp;

import java.time.LocalDate;

/** A change of a measure's state; NOT_DONE needs a reason. Take-down dates may be added as they happen. */
public record MeasureUpdate(MeasureStatus status, String notDoneReason, String note, LocalDate takedownAskedOn,
                            LocalDate removedOn) {
}
