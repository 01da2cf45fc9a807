package id.kantibekisah.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything about one case, for its detail screen. */
public record CaseDetail(long id, String code, String termCode, LocalDate openedOn, Category category,
                         RiskLevel risk, CaseStatus status, Long counselorId, String counselorName,
                         String recommendation, String closureSummary, String dismissalReason, Instant closedAt,
                         List<Party> parties, Intake intake, List<TimelineItem> timeline) {
    public CaseDetail {
        parties = List.copyOf(parties);
        timeline = List.copyOf(timeline);
    }

    public List<FollowUp> followUps() {
        return timeline.stream().filter(FollowUp.class::isInstance).map(FollowUp.class::cast).toList();
    }

    public List<Referral> referrals() {
        return timeline.stream().filter(Referral.class::isInstance).map(Referral.class::cast).toList();
    }

    public List<CounselingSession> sessions() {
        return timeline.stream().filter(CounselingSession.class::isInstance).map(CounselingSession.class::cast)
                .toList();
    }
}
