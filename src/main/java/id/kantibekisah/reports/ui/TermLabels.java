package id.kantibekisah.reports.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.terms.Term;

/** How the term selector names a term: {@code 2026/2027 Ganjil}. */
final class TermLabels {
    private TermLabels() {
    }

    static String of(Term t, Messages m) {
        return m.get("report.term.choice", t.academicYear(), m.label(t.semester()));
    }
}
