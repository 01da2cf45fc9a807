package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** Who a party that is not a student of the roster is. */
public enum OtherPartyKind implements Labeled {
    TEACHER, EDUCATION_STAFF, SCHOOL_COMMITTEE, OUTSIDER, OTHER_SCHOOL_STUDENT;

    /** A student of another school is a child too: summons go to their parent or guardian. */
    public boolean isChild() {
        return this == OTHER_SCHOOL_STUDENT;
    }

    @Override
    public String labelKey() {
        return "ppksp.partyKind." + name();
    }
}
