package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Dates;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;
import id.kantibekisah.students.Gender;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermRepository;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SQL of the term report. Every query starts from the period's {@code scope}: the cases of the term (or opened
 * within the range). Parameters {@code ?1..?3} are always the term id (or NULL), the first and the last day.
 * Narrative columns are selected only when the full version asks for them ({@code CASE WHEN ? THEN ...}), so a
 * pseudonymised export never reads them.
 */
final class ReportRepository {
    private static final String TERM_SCOPE = """
            WITH scope AS (SELECT id FROM cases WHERE term_id = ?1 AND ?2 <= ?3)
            """;
    private static final String RANGE_SCOPE = """
            WITH scope AS (SELECT id FROM cases WHERE opened_on BETWEEN ?2 AND ?3 AND ?1 IS NULL)
            """;

    /**
     * The primary student of each case in scope: the student of concern, else the victim, then the others. One
     * lookup in the case's parties per case: cheaper than numbering every party with a window function.
     */
    private static final String LEAD = """
            , lead AS (SELECT c.id AS case_id, s.id AS student_id, s.class_name, s.gender
                  FROM scope c JOIN students s ON s.id = (
                       SELECT p.student_id FROM case_parties p WHERE p.case_id = c.id
                        ORDER BY %s, p.student_id LIMIT 1))
            """.formatted(roleRank("p.role"));

    /** Median of a {@code d(days)} common table expression, NULL when it is empty. */
    private static final String MEDIAN = """
            SELECT avg(days) AS m FROM (SELECT days FROM d ORDER BY days
                    LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET (SELECT (count(*) - 1) / 2 FROM d))
            """;

    private final TermRepository terms = new TermRepository();

    private static String roleRank(String column) {
        return "CASE " + column + " WHEN 'AT_RISK' THEN 1 WHEN 'VICTIM' THEN 2 WHEN 'PERPETRATOR' THEN 3 ELSE 4 END";
    }

    /**
     * The {@code scope} of a period: the term's cases, or those opened within the range. Two statements rather than
     * one {@code CASE} over both, so that SQLite searches the term's (or the opening date's) index instead of
     * scanning every case of every year. Both name all three parameters, so every query binds the same ones.
     */
    private static String scope(ReportPeriod p) {
        return p.term() != null ? TERM_SCOPE : RANGE_SCOPE;
    }

    private static Object[] params(ReportPeriod p, Object... more) {
        Object[] out = new Object[3 + more.length];
        out[0] = p.termId();
        out[1] = p.from();
        out[2] = p.to();
        System.arraycopy(more, 0, out, 3, more.length);
        return out;
    }

    /** The term before {@code term} as a period, without creating it: the calendar's dates when it is not stored. */
    ReportPeriod previousOf(Sql sql, ReportPeriod period) {
        if (period.term() == null) {
            return period.precedingRange();
        }
        LocalDate dayBefore = period.term().startDate().minusDays(1);
        Term.Key key = Term.standardKeyFor(dayBefore);
        return terms.findContaining(sql, dayBefore)
                .or(() -> terms.find(sql, key.academicYear(), key.semester()))
                .map(ReportPeriod::of)
                .orElseGet(() -> ReportPeriod.between(Term.standardStart(key), Term.standardEnd(key)));
    }

    // ---- figures ------------------------------------------------------------------------------------------

    TermReport figures(Sql sql, ReportPeriod p, LocalDate asOf, ZoneId zone, TermReport previous) {
        Instant start = p.from().atStartOfDay(zone).toInstant();
        Instant end = p.to().plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Long> byClass = byClass(sql, p);
        return new TermReport(p, asOf, headline(sql, p, start, end),
                counts(sql, scope(p) + "SELECT status AS k, count(*) AS n FROM cases WHERE id IN (SELECT id FROM scope) "
                        + "GROUP BY status", p, CaseStatus.class),
                counts(sql, scope(p) + "SELECT category AS k, count(*) AS n FROM cases WHERE id IN (SELECT id FROM scope) "
                        + "GROUP BY category", p, Category.class),
                counts(sql, scope(p) + "SELECT risk AS k, count(*) AS n FROM cases WHERE id IN (SELECT id FROM scope) "
                        + "GROUP BY risk", p, RiskLevel.class),
                byClass, byGrade(byClass),
                counts(sql, scope(p) + LEAD + "SELECT gender AS k, count(*) AS n FROM lead GROUP BY gender", p,
                        Gender.class),
                counts(sql, scope(p) + """
                        SELECT kind AS k, count(*) AS n FROM counseling_sessions WHERE held_on BETWEEN ?2 AND ?3
                         GROUP BY kind""", p, SessionKind.class),
                counts(sql, scope(p) + """
                        SELECT destination AS k, count(*) AS n FROM referrals WHERE referred_on BETWEEN ?2 AND ?3
                         GROUP BY destination""", p, ReferralDestination.class),
                followUps(sql, p, asOf), months(sql, p, asOf, start, end, zone), previous);
    }

    private TermReport.Headline headline(Sql sql, ReportPeriod p, Instant start, Instant end) {
        long[] c = sql.one(scope(p) + """
                SELECT count(*) AS opened,
                       coalesce(sum(c.status = 'RESOLVED'), 0) AS resolved,
                       coalesce(sum(c.status = 'DISMISSED'), 0) AS dismissed,
                       coalesce(sum(c.status NOT IN ('RESOLVED', 'DISMISSED')), 0) AS still_open,
                       coalesce(sum(c.status = 'NEW'), 0) AS unreviewed,
                       coalesce(sum(EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = c.id)), 0) AS escalated
                  FROM cases c WHERE c.id IN (SELECT id FROM scope)""",
                r -> new long[] {r.lng("opened"), r.lng("resolved"), r.lng("dismissed"), r.lng("still_open"),
                    r.lng("unreviewed"), r.lng("escalated")}, params(p)).orElseThrow();
        long students = sql.longValue(scope(p) + """
                SELECT count(DISTINCT student_id) FROM case_parties
                 WHERE case_id IN (SELECT id FROM scope) AND role IN ('AT_RISK', 'VICTIM')""", params(p));
        long closed = sql.longValue(scope(p) + "SELECT count(*) FROM cases WHERE closed_at >= ?4 AND closed_at < ?5",
                params(p, start, end));
        long sessions = sql.longValue(scope(p) + "SELECT count(*) FROM counseling_sessions WHERE held_on BETWEEN ?2 AND ?3",
                params(p));
        long referrals = sql.longValue(scope(p) + "SELECT count(*) FROM referrals WHERE referred_on BETWEEN ?2 AND ?3",
                params(p));
        Double toReview = median(sql, p, """
                SELECT julianday(first_reviewed_at) - julianday(created_at) FROM cases
                 WHERE id IN (SELECT id FROM scope) AND first_reviewed_at > created_at""");
        Double toResolution = median(sql, p, """
                SELECT julianday(closed_at) - julianday(created_at) FROM cases
                 WHERE id IN (SELECT id FROM scope) AND status = 'RESOLVED' AND closed_at IS NOT NULL""");
        return new TermReport.Headline(c[0], c[1], c[2], c[3], c[4], c[5], students, closed, sessions, referrals,
                toReview, toResolution);
    }

    private static Double median(Sql sql, ReportPeriod p, String daysQuery) {
        return sql.one(scope(p) + ", d(days) AS (" + daysQuery + ")\n" + MEDIAN, r -> r.dblOrNull("m"), params(p))
                .orElse(null);
    }

    private static <E extends Enum<E>> Map<E, Long> counts(Sql sql, String query, ReportPeriod p, Class<E> type) {
        Map<E, Long> out = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            out.put(e, 0L);
        }
        sql.forEach(query, r -> {
            out.put(r.enumOf(type, "k"), r.lng("n"));
            return true;
        }, params(p));
        return out;
    }

    /** Cases per class of their primary student, in class order (7A, 7B, …, 9C). */
    private static Map<String, Long> byClass(Sql sql, ReportPeriod p) {
        Map<String, Long> out = new TreeMap<>(CLASS_ORDER);
        sql.forEach(scope(p) + LEAD + "SELECT class_name AS k, count(*) AS n FROM lead GROUP BY class_name", r -> {
            out.put(r.str("k"), r.lng("n"));
            return true;
        }, params(p));
        return new LinkedHashMap<>(out);
    }

    /** Grade 0 collects the classes whose name holds no grade. */
    private static Map<Integer, Long> byGrade(Map<String, Long> byClass) {
        Map<Integer, Long> out = new TreeMap<>(Comparator.comparing((Integer g) -> g == 0).thenComparing(g -> g));
        byClass.forEach((className, n) -> out.merge(GradeLevel.of(className), n, Long::sum));
        return new LinkedHashMap<>(out);
    }

    static final Comparator<String> CLASS_ORDER = Comparator.comparing((String c) -> GradeLevel.of(c) == 0)
            .thenComparing(GradeLevel::of).thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(c -> c);

    private static TermReport.FollowUps followUps(Sql sql, ReportPeriod p, LocalDate asOf) {
        return sql.one(scope(p) + """
                SELECT coalesce(sum(f.cancelled = 0 AND f.done_at IS NOT NULL AND f.done_on <= f.due_on), 0) AS on_time,
                       coalesce(sum(f.cancelled = 0 AND f.done_at IS NOT NULL AND f.done_on > f.due_on), 0) AS late,
                       coalesce(sum(f.done_at IS NULL AND f.due_on < ?4
                                    AND c.status NOT IN ('RESOLVED', 'DISMISSED')), 0) AS overdue,
                       coalesce(sum(f.done_at IS NULL AND (f.due_on >= ?4
                                    OR c.status IN ('RESOLVED', 'DISMISSED'))), 0) AS pending,
                       coalesce(sum(f.cancelled = 1), 0) AS cancelled
                  FROM follow_ups f JOIN cases c ON c.id = f.case_id WHERE f.due_on BETWEEN ?2 AND ?3""",
                r -> new TermReport.FollowUps(r.lng("on_time"), r.lng("late"), r.lng("overdue"), r.lng("pending"),
                        r.lng("cancelled")),
                params(p, asOf)).orElseThrow();
    }

    /**
     * Every month of the period up to the report's day, with cases opened and closed in it (closing instants read in
     * the school's zone). Months still to come are left out, so a chart does not show them as a drop to zero.
     */
    private static List<TermReport.Month> months(Sql sql, ReportPeriod p, LocalDate asOf, Instant start, Instant end,
                                                 ZoneId zone) {
        Map<YearMonth, long[]> months = new TreeMap<>();
        YearMonth last = YearMonth.from(asOf.isBefore(p.to()) && !asOf.isBefore(p.from()) ? asOf : p.to());
        for (YearMonth m = YearMonth.from(p.from()); !m.isAfter(last); m = m.plusMonths(1)) {
            months.put(m, new long[2]);
        }
        sql.forEach(scope(p) + """
                SELECT substr(opened_on, 1, 7) AS m, count(*) AS n FROM cases WHERE id IN (SELECT id FROM scope)
                 GROUP BY m""", r -> {
            months.computeIfAbsent(YearMonth.parse(r.str("m")), k -> new long[2])[0] = r.lng("n");
            return true;
        }, params(p));
        // Indonesian zones have no daylight saving, so one offset converts every closing instant of the period.
        String offset = zone.getRules().getOffset(start).getTotalSeconds() + " seconds";
        sql.forEach(scope(p) + """
                SELECT strftime('%Y-%m', closed_at, ?6) AS m, count(*) AS n FROM cases
                 WHERE closed_at >= ?4 AND closed_at < ?5 GROUP BY m""", r -> {
            months.computeIfAbsent(YearMonth.parse(r.str("m")), k -> new long[2])[1] = r.lng("n");
            return true;
        }, params(p, start, end, offset.startsWith("-") ? offset : "+" + offset));
        return months.entrySet().stream().map(e -> new TermReport.Month(e.getKey(), e.getValue()[0],
                e.getValue()[1])).toList();
    }

    // ---- the lists of the workbook ------------------------------------------------------------------------

    /**
     * The students of every case the export mentions (the cases of the period, and those with a session, referral
     * or follow-up in it), primary student first; names become initials and NISN stays unread unless {@code full}.
     */
    Map<Long, List<ReportExport.Party>> parties(Sql sql, ReportPeriod p, boolean full) {
        Map<Long, List<ReportExport.Party>> out = new HashMap<>();
        sql.forEach(scope(p) + """
                , involved AS (SELECT id FROM scope
                        UNION SELECT case_id FROM counseling_sessions WHERE held_on BETWEEN ?2 AND ?3
                        UNION SELECT case_id FROM referrals WHERE referred_on BETWEEN ?2 AND ?3
                        UNION SELECT case_id FROM follow_ups WHERE due_on BETWEEN ?2 AND ?3)
                SELECT p.case_id, p.role, s.name, s.class_name, s.gender, CASE WHEN ?4 THEN s.nisn END AS nisn
                  FROM case_parties p JOIN students s ON s.id = p.student_id
                 WHERE p.case_id IN (SELECT id FROM involved)
                 ORDER BY p.case_id, %s, p.student_id""".formatted(roleRank("p.role")), r -> {
            String name = r.str("name");
            out.computeIfAbsent(r.lng("case_id"), k -> new ArrayList<>()).add(new ReportExport.Party(
                    full ? name : Initials.of(name), r.enumOf(PartyRole.class, "role"), r.str("class_name"),
                    r.enumOf(Gender.class, "gender"), full ? r.str("nisn") : null));
            return true;
        }, params(p, full));
        return out;
    }

    List<ReportExport.CaseRow> cases(Sql sql, ReportPeriod p, boolean full, ZoneId zone,
                                     Map<Long, List<ReportExport.Party>> parties) {
        Map<Long, List<ReportExport.ReferralBrief>> referrals = new HashMap<>();
        sql.forEach(scope(p) + """
                SELECT case_id, destination, referred_on FROM referrals WHERE case_id IN (SELECT id FROM scope)
                 ORDER BY referred_on, id""", r -> {
            referrals.computeIfAbsent(r.lng("case_id"), k -> new ArrayList<>()).add(new ReportExport.ReferralBrief(
                    r.enumOf(ReferralDestination.class, "destination"), r.date("referred_on")));
            return true;
        }, params(p));
        return sql.list(scope(p) + """
                SELECT c.id, c.code, c.opened_on, c.first_reviewed_at, c.closed_at, c.category, c.risk, c.status,
                       u.display_name AS counselor,
                       (SELECT count(*) FROM counseling_sessions s WHERE s.case_id = c.id) AS sessions,
                       CASE WHEN ?4 THEN i.description END AS description,
                       CASE WHEN ?4 AND c.status = 'RESOLVED' THEN c.recommendation END AS recommendation,
                       CASE WHEN ?4 AND c.status = 'RESOLVED' THEN c.closure_summary
                            WHEN ?4 AND c.status = 'DISMISSED' THEN c.dismissal_reason END AS outcome
                  FROM cases c LEFT JOIN users u ON u.id = c.counselor_id LEFT JOIN intakes i ON i.case_id = c.id
                 WHERE c.id IN (SELECT id FROM scope)
                 ORDER BY c.opened_on, c.code""", r -> {
            long id = r.lng("id");
            LocalDate opened = r.date("opened_on");
            LocalDate closed = localDate(r, "closed_at", zone);
            return new ReportExport.CaseRow(r.str("code"), opened, localDate(r, "first_reviewed_at", zone), closed,
                    parties.getOrDefault(id, List.of()), r.enumOf(Category.class, "category"),
                    r.enumOf(RiskLevel.class, "risk"), r.enumOf(CaseStatus.class, "status"), r.str("counselor"),
                    r.lng("sessions"), referrals.getOrDefault(id, List.of()),
                    closed == null ? null : ChronoUnit.DAYS.between(opened, closed), r.str("description"),
                    r.str("recommendation"), r.str("outcome"));
        }, params(p, full));
    }

    List<ReportExport.SessionRow> sessions(Sql sql, ReportPeriod p, boolean full,
                                           Map<Long, List<ReportExport.Party>> parties) {
        return sql.list(scope(p) + """
                SELECT s.held_on, s.case_id, c.code, s.kind, u.display_name AS counselor,
                       CASE WHEN ?4 THEN s.notes END AS notes, CASE WHEN ?4 THEN s.next_step END AS next_step
                  FROM counseling_sessions s JOIN cases c ON c.id = s.case_id
                       LEFT JOIN users u ON u.id = s.counselor_id
                 WHERE s.held_on BETWEEN ?2 AND ?3
                 ORDER BY s.held_on, c.code, s.id""",
                r -> new ReportExport.SessionRow(r.date("held_on"), r.str("code"),
                        parties.getOrDefault(r.lng("case_id"), List.of()), r.enumOf(SessionKind.class, "kind"),
                        r.str("counselor"), r.str("notes"), r.str("next_step")), params(p, full));
    }

    List<ReportExport.ReferralRow> referrals(Sql sql, ReportPeriod p, boolean full, ZoneId zone,
                                             Map<Long, List<ReportExport.Party>> parties) {
        return sql.list(scope(p) + """
                SELECT r.referred_on, r.case_id, c.code, r.destination, u.display_name AS referred_by,
                       r.acknowledged_at, r.outcome_on,
                       CASE WHEN ?4 THEN r.reason END AS reason, CASE WHEN ?4 THEN r.outcome END AS outcome,
                       CASE WHEN ?4 THEN r.acknowledgement_note END AS acknowledgement
                  FROM referrals r JOIN cases c ON c.id = r.case_id LEFT JOIN users u ON u.id = r.created_by
                 WHERE r.referred_on BETWEEN ?2 AND ?3
                 ORDER BY r.referred_on, c.code, r.id""",
                r -> new ReportExport.ReferralRow(r.date("referred_on"), r.str("code"),
                        parties.getOrDefault(r.lng("case_id"), List.of()),
                        r.enumOf(ReferralDestination.class, "destination"), r.str("referred_by"),
                        localDate(r, "acknowledged_at", zone), r.date("outcome_on"), r.str("reason"),
                        r.str("outcome"), r.str("acknowledgement")), params(p, full));
    }

    List<ReportExport.FollowUpRow> followUps(Sql sql, ReportPeriod p, boolean full,
                                             Map<Long, List<ReportExport.Party>> parties) {
        return sql.list(scope(p) + """
                SELECT f.due_on, f.case_id, c.code, u.display_name AS assignee, f.done_on, f.cancelled,
                       CASE WHEN ?4 THEN f.description END AS description,
                       CASE WHEN ?4 THEN f.done_note END AS done_note
                  FROM follow_ups f JOIN cases c ON c.id = f.case_id LEFT JOIN users u ON u.id = f.assignee_id
                 WHERE f.due_on BETWEEN ?2 AND ?3
                 ORDER BY f.due_on, c.code, f.id""",
                r -> new ReportExport.FollowUpRow(r.date("due_on"), r.str("code"),
                        parties.getOrDefault(r.lng("case_id"), List.of()), r.str("assignee"), r.date("done_on"),
                        r.lng("cancelled") != 0, r.str("description"), r.str("done_note")), params(p, full));
    }

    private static LocalDate localDate(Row r, String column, ZoneId zone) throws SQLException {
        String text = r.str(column);
        return text == null ? null : LocalDate.ofInstant(Dates.parseInstant(text), zone);
    }
}
