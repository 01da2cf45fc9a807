package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Timeline entries that are not status changes. */
public enum NoteKind implements Labeled {
    NOTE, RISK_CHANGE, ASSIGNMENT;

    @Override
    public String labelKey() {
        return "case.noteKind." + name();
    }
}
