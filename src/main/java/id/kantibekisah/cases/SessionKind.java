package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Kinds of counseling service (layanan). */
public enum SessionKind implements Labeled {
    INDIVIDUAL, GROUP, HOME_VISIT, CASE_CONFERENCE, PARENT_MEETING;

    @Override
    public String labelKey() {
        return "case.session." + name();
    }
}
