package id.kantibekisah.reports;

import id.kantibekisah.terms.Term;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report covers: one term, or any range of days. For a term, a case counts when it belongs to the term (the
 * term it was opened in); for a range, when it was opened within the range. Sessions, referrals and follow-ups
 * count by their own date (held, referred, due) within {@code from..to}.
 *
 * @param term the term, or null for a plain date range
 */
public record ReportPeriod(LocalDate from, LocalDate to, Term term) {
    public ReportPeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts: " + from + ".." + to);
        }
    }

    public static ReportPeriod of(Term term) {
        return new ReportPeriod(term.startDate(), term.endDate(), term);
    }

    public static ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from, to, null);
    }

    public Long termId() {
        return term == null ? null : term.id();
    }

    /** {@code 2025/2026-1} for a term, {@code 2026-07-01..2026-09-30} for a range: for audit rows and file names. */
    public String code() {
        return term != null ? term.code() : from + ".." + to;
    }

    /** The range of the same length just before this one (the comparison for a plain date range). */
    public ReportPeriod precedingRange() {
        long days = to.toEpochDay() - from.toEpochDay();
        LocalDate end = from.minusDays(1);
        return between(end.minusDays(days), end);
    }
}
