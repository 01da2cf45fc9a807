package id.kantibekisah.terms;

import id.kantibekisah.common.Labeled;

/** Ganjil (odd: July–December) and Genap (even: January–June), numbered 1 and 2 as in Dapodik. */
public enum Semester implements Labeled {
    GANJIL(1), GENAP(2);

    private final int number;

    Semester(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static Semester of(int number) {
        for (Semester s : values()) {
            if (s.number == number) {
                return s;
            }
        }
        throw new IllegalArgumentException("semester " + number);
    }

    @Override
    public String labelKey() {
        return "term.semester." + name();
    }
}
