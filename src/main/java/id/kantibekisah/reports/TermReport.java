package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReporterKind;
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
 * <li>By place and by reporter channel, each case of the period counts once, by its intake. By class, every class
 * of the roster's active students is listed, also those without a case.</li>
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
                         List<Month> byMonth, Map<IncidentLocation, Long> byPlace,
                         Map<ReporterKind, Long> byChannel, Workload workload, TermReport previous) {
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
        byPlace = Collections.unmodifiableMap(new EnumMap<>(byPlace));
        byChannel = Collections.unmodifiableMap(new EnumMap<>(byChannel));
    }

    /** The guidance standard: one Guru BK for every 150 students (Permendikbud 111/2014). */
    public static final int STUDENTS_PER_COUNSELOR = 150;

    /**
     * The BK team's load: per counselor the cases of the period assigned to them and the distinct students in
     * those cases; the school's active students and active counselors today, for the ratio against
     * {@link #STUDENTS_PER_COUNSELOR}.
     */
    public record Workload(List<CounselorLoad> counselors, long activeStudents, long activeCounselors) {
        public Workload {
            counselors = List.copyOf(counselors);
        }

        /** Active students per active counselor, rounded; null without counselors. */
        public Long studentsPerCounselor() {
            return activeCounselors == 0 ? null : Math.round((double) activeStudents / activeCounselors);
        }
    }

    /** One counselor's cases of the period and the distinct students in them. */
    public record CounselorLoad(String name, long cases, long students) {
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
}
