package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** The forms of violence Permendikbudristek 46/2023 counts (Pasal 6). A case may have several. */
public enum ViolenceForm implements Labeled {
    PHYSICAL, PSYCHOLOGICAL, BULLYING, SEXUAL, DISCRIMINATION, POLICY, OTHER;

    @Override
    public String labelKey() {
        return "ppksp.form." + name();
    }
}
