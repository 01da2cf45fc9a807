package id.kantibekisah.ppksp;

import id.kantibekisah.cases.ReferralDestination;

import java.util.EnumSet;
import java.util.Set;

/** Choices that go with measure kinds. */
public final class MeasureKinds {
    /** Where a referral follow-through can go: KPAI, Dinas Sosial / peksos, UPTD PPA, psychologist, Puskesmas, police. */
    public static final Set<ReferralDestination> REFERRAL_SERVICES = EnumSet.of(ReferralDestination.KPAI,
            ReferralDestination.DINSOS, ReferralDestination.UPTD_PPA, ReferralDestination.PSYCHOLOGIST,
            ReferralDestination.PUSKESMAS, ReferralDestination.POLICE);

    private MeasureKinds() {
    }
}
