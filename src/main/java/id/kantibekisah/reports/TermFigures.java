package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.terms.Term;

import java.util.Map;

/**
 * The headline figures of one term: counts only, no names. What the principal sees on their home screen.
 *
 * @param opened    cases opened in the term
 * @param open      of those, still open (not resolved or dismissed)
 * @param newCases  of those, not reviewed yet
 * @param escalated of those, escalated or referred at least once
 */
public record TermFigures(Term term, long opened, long open, long newCases, long resolved, long dismissed,
                          long escalated, Map<CaseStatus, Long> byStatus, Map<Category, Long> byCategory) {
    public TermFigures {
        byStatus = Map.copyOf(byStatus);
        byCategory = Map.copyOf(byCategory);
    }
}
