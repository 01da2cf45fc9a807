package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** The kinds of measures (tindakan) of a case plan. */
public enum MeasureKind implements Labeled {
    /** Pendampingan psikologis for the victim. */
    PSYCHOLOGICAL_SUPPORT,
    /** Mandatory counseling or an empathy programme for the perpetrator. */
    PERPETRATOR_COUNSELING,
    /** Permintaan maaf. */
    PUBLIC_APOLOGY,
    /** Take-down of online content: platform, link or account, asked on, removed on (UU ITE where it applies). */
    CONTENT_TAKEDOWN,
    PARENT_INVOLVEMENT,
    /** A sanction carried out. */
    SANCTION,
    /** A referral followed through: KPAI, Dinas Sosial / peksos, UPTD PPA, psychologist, Puskesmas, police. */
    REFERRAL_FOLLOW_THROUGH,
    /** Recovery of the victim's schooling. */
    SCHOOLING_RECOVERY;

    /** Whether a measure of this kind is a support service that needs the parent's consent for a child. */
    public boolean needsConsent() {
        return this == PSYCHOLOGICAL_SUPPORT || this == REFERRAL_FOLLOW_THROUGH;
    }

    @Override
    public String labelKey() {
        return "measure.kind." + name();
    }
}
