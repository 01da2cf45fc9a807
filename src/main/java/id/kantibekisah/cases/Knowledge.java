package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Whether the reporter saw it happen or heard about it. */
public enum Knowledge implements Labeled {
    SAW, HEARD;

    @Override
    public String labelKey() {
        return "case.knowledge." + name();
    }
}
