package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * How the case reached the BK room. The reporter fields are filled for counselors only; anyone else gets them
 * empty (DESIGN.md: the reporter's identity is shown only to counselors).
 */
public record Intake(ReporterKind reporterKind, String reporterName, String description, IncidentLocation location,
                     String locationDetail, LocalDate occurredOn, LocalTime occurredTime, RiskLevel urgency,
                     Knowledge knowledge, Instant recordedAt) {
    public Intake withoutReporter() {
        return new Intake(null, null, description, location, locationDetail, occurredOn, occurredTime, urgency,
                knowledge, recordedAt);
    }
}
