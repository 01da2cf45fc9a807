package id.kantibekisah.cases;

import java.time.LocalDate;

/** All a cadre ever sees of an intake after saving it: its code, date and status. */
public record IntakeReceipt(String code, LocalDate openedOn, CaseStatus status) {
}
