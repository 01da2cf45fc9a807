package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** Educational sanctions the TPPK may recommend for a student (ringan, sedang, berat), keeping the right to education. */
public enum SanctionLevel implements Labeled {
    LIGHT, MEDIUM, HEAVY;

    @Override
    public String labelKey() {
        return "tppk.sanction." + name();
    }
}
