package id.kantibekisah.cases;

import java.util.List;

/**
 * What is still open on a case when the counselor closes it: follow-ups not done, escalations the principal has
 * not answered, referrals without an outcome. Closing the case closes each of them in the same step.
 */
public record OpenItems(List<FollowUp> followUps, List<Referral> awaitingPrincipal, List<Referral> withoutOutcome) {
    public OpenItems {
        followUps = List.copyOf(followUps);
        awaitingPrincipal = List.copyOf(awaitingPrincipal);
        withoutOutcome = List.copyOf(withoutOutcome);
    }

    public static OpenItems of(CaseDetail d) {
        return new OpenItems(
                d.followUps().stream().filter(FollowUp::open).toList(),
                d.referrals().stream().filter(Referral::awaitingPrincipal).toList(),
                d.referrals().stream().filter(Referral::awaitingOutcome).toList());
    }

    public boolean isEmpty() {
        return count() == 0;
    }

    public int count() {
        return followUps.size() + awaitingPrincipal.size() + withoutOutcome.size();
    }
}
