package id.kantibekisah.ppksp;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything PPKSP about one case, for its detail screen: the forms of violence (and what the category suggests),
 * whether a counselor still has to decide them, the parties who are not students, the TPPK track (when the case is
 * a TPPK matter) and the measures of the case plan.
 *
 * @param suggested     the forms the category stands for; empty when the category does not say
 * @param reviewPending listed by the migration and not decided yet
 * @param matter        empty while the case is not handled as a TPPK matter
 */
public record PpkspCase(long caseId, Set<ViolenceForm> forms, Optional<Set<ViolenceForm>> suggested,
                        boolean reviewPending, List<OtherParty> otherParties, Optional<TppkMatter> matter,
                        List<Measure> measures) {
    public PpkspCase {
        forms = Set.copyOf(forms);
        otherParties = List.copyOf(otherParties);
        measures = List.copyOf(measures);
    }
}
