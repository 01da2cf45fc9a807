package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** How a summons (panggilan) was made. */
public enum SummonsMode implements Labeled {
    WRITTEN, ORAL;

    @Override
    public String labelKey() {
        return "tppk.summonsMode." + name();
    }
}
