package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** Where a measure stands; NOT_DONE carries a reason. */
public enum MeasureStatus implements Labeled {
    PLANNED, IN_PROGRESS, DONE, NOT_DONE;

    @Override
    public String labelKey() {
        return "measure.status." + name();
    }
}
