package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Where a case is escalated or referred to (alih tangan kasus). */
public enum ReferralDestination implements Labeled {
    PRINCIPAL, PARENTS, TPPK, HOMEROOM, PSYCHOLOGIST, DINSOS, UPTD_PPA, KPAI, PUSKESMAS, POLICE;

    /** Inside the school (principal, TPPK, homeroom teacher, parents) rather than an outside service. */
    public boolean internal() {
        return this == PRINCIPAL || this == TPPK || this == HOMEROOM || this == PARENTS;
    }

    @Override
    public String labelKey() {
        return "case.destination." + name();
    }
}
