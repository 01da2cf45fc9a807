package id.kantibekisah.cases;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a cadre (or a counselor) fills in about what happened.
 *
 * @param occurredTime optional
 * @param urgency      how urgent the reporter thinks it is; the case starts at this risk level
 */
public record IntakeDraft(List<PartyDraft> parties, Category category, String description,
                          IncidentLocation location, String locationDetail, LocalDate occurredOn,
                          LocalTime occurredTime, RiskLevel urgency, Knowledge knowledge) {
    public IntakeDraft {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
