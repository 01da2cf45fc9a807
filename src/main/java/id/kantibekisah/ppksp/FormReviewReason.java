package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;

/** Why a case was listed for a counselor to decide its forms of violence. */
public enum FormReviewReason implements Labeled {
    /** "Kekerasan fisik/psikis": physical, psychological or both. */
    VIOLENCE_UNSPECIFIED,
    /** "Lainnya": may or may not be violence. */
    OTHER_CATEGORY;

    @Override
    public String labelKey() {
        return "ppksp.review." + name();
    }
}
