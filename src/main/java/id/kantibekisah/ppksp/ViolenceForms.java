package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * How a case's category maps to PPKSP forms of violence: the mapping the V004 migration applied to existing cases,
 * and the suggestion a counselor sees for a new case. Bullying in any of its kinds is <i>perundungan</i> (Pasal 10
 * defines it as physical or psychological violence repeated under an imbalance of power), so the physical or
 * psychological form is not added silently; "Kekerasan fisik/psikis" and "Lainnya" cannot be told apart from the
 * category and are left for a counselor to decide ({@link #mapping} returns empty).
 */
public final class ViolenceForms {
    private ViolenceForms() {
    }

    /**
     * The forms a category stands for: a set (empty for a category that is not violence), or empty when the
     * category alone does not say (a counselor decides).
     */
    public static Optional<Set<ViolenceForm>> mapping(Category category) {
        return switch (category) {
            case BULLYING_PHYSICAL, BULLYING_VERBAL, BULLYING_SOCIAL, CYBERBULLYING ->
                    Optional.of(EnumSet.of(ViolenceForm.BULLYING));
            case SEXUAL_VIOLENCE -> Optional.of(EnumSet.of(ViolenceForm.SEXUAL));
            case DISCRIMINATION -> Optional.of(EnumSet.of(ViolenceForm.DISCRIMINATION));
            case VIOLENCE, OTHER -> Optional.empty();
            case DROPOUT_RISK, FAMILY, EMOTIONAL, ACADEMIC, DELINQUENCY, ECONOMIC ->
                    Optional.of(EnumSet.noneOf(ViolenceForm.class));
        };
    }

    /** Whether a case of this category may be a violence case (and so carry forms, parties and a TPPK track). */
    public static boolean mayBeViolence(Category category) {
        return mapping(category).map(forms -> !forms.isEmpty()).orElse(true);
    }
}
