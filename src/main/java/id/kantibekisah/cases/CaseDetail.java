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

    /**
     * The case as someone who may read it but not learn who reported it (the principal) receives it: the intake
     * without the reporter, and the timeline's first entry (the case's creation, by the cadre or the counselor who
     * reported it) without a name.
     */
    public CaseDetail withoutReporter() {
        List<TimelineItem> items = timeline.stream().map(t -> t instanceof StatusChange s && s.from() == null
                ? new StatusChange(s.id(), null, s.to(), null, s.recordedAt(), s.reason()) : t).toList();
        return new CaseDetail(id, code, termCode, openedOn, category, risk, status, counselorId, counselorName,
                recommendation, closureSummary, dismissalReason, closedAt, parties,
                intake == null ? null : intake.withoutReporter(), items);
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
