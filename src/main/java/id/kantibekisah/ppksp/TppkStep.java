package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** The five steps of a TPPK matter (PPKSP): report received, examination, conclusion and recommendation, the principal's decision, follow-up and recovery. */
public enum TppkStep implements Labeled {
    RECEIPT, EXAMINATION, CONCLUSION, DECISION, RECOVERY;

    @Override
    public String labelKey() {
        return "tppk.step." + name();
    }
}
