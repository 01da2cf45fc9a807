package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.students.Gender;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one term or date range, computed by SQL ({@link ReportRepository}); counts only, no names. The
 * dashboard, the printed summary and the Excel workbook all show these same figures.
 *
 * <p>How cases are counted:
 * <ul>
 * <li>The case figures are about the cases opened in the period (for a term: the cases that belong to it), with
 * the status they have on {@link #asOf}, the day the report was made.</li>
 * <li>By class, grade and gender, each case counts once, under its <em>primary student</em>: the student of
 * concern ({@code AT_RISK}) or else the victim, then the perpetrator, then a witness; among several with the same
 * role the one entered first in the roster. The class is the student's class today, so a report on an earlier
 * year shows classes after the last promotion.</li>
 * <li>Sessions, escalations/referrals and follow-ups count by their own date within the period, whichever term
 * their case belongs to.</li>
 * </ul>
 *
 * @param previous the same figures for the term (or range of the same length) before, for comparison; its own
 *                 {@code previous} is null
 */
public record TermReport(ReportPeriod period, LocalDate asOf, Headline headline,
                         Map<CaseStatus, Long> byStatus, Map<Category, Long> byCategory, Map<RiskLevel, Long> byRisk,
                         Map<String, Long> byClass, Map<Integer, Long> byGrade, Map<Gender, Long> byGender,
                         Map<SessionKind, Long> sessionsByKind,
                         Map<ReferralDestination, Long> referralsByDestination, FollowUps followUps,
                         List<Month> byMonth, TermReport previous) {
    public TermReport {
        byStatus = Collections.unmodifiableMap(new EnumMap<>(byStatus));
        byCategory = Collections.unmodifiableMap(new EnumMap<>(byCategory));
        byRisk = Collections.unmodifiableMap(new EnumMap<>(byRisk));
        byClass = Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
        byGrade = Collections.unmodifiableMap(new LinkedHashMap<>(byGrade));
        byGender = Collections.unmodifiableMap(new EnumMap<>(byGender));
        sessionsByKind = Collections.unmodifiableMap(new EnumMap<>(sessionsByKind));
        referralsByDestination = Collections.unmodifiableMap(new EnumMap<>(referralsByDestination));
        byMonth = List.copyOf(byMonth);
    }

    /**
     * The headline numbers.
     *
     * @param opened                 cases opened in the period
     * @param resolved               of those, resolved
     * @param dismissed              of those, not followed up
     * @param stillOpen              of those, still open (new, in review, in progress or escalated)
     * @param unreviewed             of those, still new: no counselor has reviewed them yet
     * @param escalated              of those, escalated or referred at least once
     * @param studentsConcerned      distinct students of concern or victims in those cases
     * @param closedInPeriod         cases resolved or dismissed within the period, whenever they were opened
     * @param sessions               counseling sessions held in the period
     * @param referrals              escalations and referrals made in the period
     * @param medianDaysToReview     median days from the intake to a counselor's first review, over the cases that
     *                               waited for one (a case a counselor opens is reviewed at intake and is left out);
     *                               null when there are none
     * @param medianDaysToResolution median days from the intake to resolution, over the resolved cases; null when
     *                               there are none
     */
    public record Headline(long opened, long resolved, long dismissed, long stillOpen, long unreviewed, long escalated,
                           long studentsConcerned, long closedInPeriod, long sessions, long referrals,
                           Double medianDaysToReview, Double medianDaysToResolution) {
    }

    /**
     * Follow-ups due in the period, by what became of them on {@link #asOf}.
     *
     * @param onTime  done on or before the due date
     * @param late    done after the due date
     * @param overdue   open, past the due date, on a case that is still open (the same rule as every screen)
     * @param pending   open and not due yet
     * @param cancelled cancelled (mostly when their case was closed)
     */
    public record FollowUps(long onTime, long late, long overdue, long pending, long cancelled) {
        public long total() {
            return onTime + late + overdue + pending + cancelled;
        }
    }

    /** Cases opened and closed (resolved or dismissed) in one calendar month. */
    public record Month(YearMonth month, long opened, long closed) {
    }

    /** The same report without its comparison (what {@link #previous} holds). */
    public TermReport withoutPrevious() {
        return new TermReport(period, asOf, headline, byStatus, byCategory, byRisk, byClass, byGrade, byGender,
                sessionsByKind, referralsByDestination, followUps, byMonth, null);
    }
}
