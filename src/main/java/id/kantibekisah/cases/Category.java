package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** What a case is about (DESIGN.md's categories). */
public enum Category implements Labeled {
    BULLYING_PHYSICAL, BULLYING_VERBAL, BULLYING_SOCIAL, CYBERBULLYING, VIOLENCE, SEXUAL_VIOLENCE, DISCRIMINATION, DROPOUT_RISK, FAMILY, EMOTIONAL, ACADEMIC, DELINQUENCY, ECONOMIC, OTHER;

    @Override
    public String labelKey() {
        return "case.category." + name();
    }
}
