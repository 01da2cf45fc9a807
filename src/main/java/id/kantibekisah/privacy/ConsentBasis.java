package id.kantibekisah.privacy;

import id.kantibekisah.common.Labeled;

/**
 * The legal bases of UU 27/2022 (Pasal 20) that fit a school's BK work. A child's data needs the parent's or
 * guardian's consent (Pasal 25) unless another basis applies, such as the school's duty to handle violence under
 * Permendikbudristek 46/2023.
 */
public enum ConsentBasis implements Labeled {
    /** Persetujuan orang tua/wali. */
    PARENT_CONSENT,
    /** Kewajiban hukum (e.g. PPKSP handling of violence). */
    LEGAL_OBLIGATION,
    /** Pelindungan kepentingan vital (the child's safety). */
    VITAL_INTEREST,
    /** Tugas pelayanan publik sekolah. */
    PUBLIC_TASK;

    @Override
    public String labelKey() {
        return "privacy.basis." + name();
    }
}
