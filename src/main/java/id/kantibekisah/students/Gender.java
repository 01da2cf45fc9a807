package id.kantibekisah.students;

import id.kantibekisah.common.Labeled;

/** As Dapodik writes it: L (laki-laki) and P (perempuan). */
public enum Gender implements Labeled {
    L, P;

    @Override
    public String labelKey() {
        return "gender." + name();
    }
}
