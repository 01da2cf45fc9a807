package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Where it happened. */
public enum IncidentLocation implements Labeled {
    CLASSROOM, TOILET, CANTEEN, SCHOOLYARD, ONLINE, ON_THE_WAY, OUTSIDE_SCHOOL, HOME, OTHER;

    @Override
    public String labelKey() {
        return "case.location." + name();
    }
}
