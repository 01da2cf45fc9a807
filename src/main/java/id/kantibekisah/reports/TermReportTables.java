package id.kantibekisah.reports;

import id.kantibekisah.cases.Category;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The summary of a {@link TermReport} as titled tables in one language: what the workbook's {@code Ringkasan}
 * sheet, the printed pages and the dashboard all show, so the three never disagree. Cell values are
 * {@link Long} counts, {@link Double} days (one decimal), {@link Share} fractions, {@link Change} differences, or
 * null (nothing to show).
 */
public final class TermReportTables {
    /** Identifies a table, for the dashboard, the charts and tests. */
    public enum Kind {
        OVERVIEW, STATUS, CATEGORY, RISK, GENDER, GRADE, CLASS, SESSIONS, REFERRALS, FOLLOW_UPS, MONTHS
    }

    public record Table(Kind kind, String title, List<String> columns, List<Line> lines, String note) {
        public Table {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
        }
    }

    /** One row: a label and one value per column after the first. */
    public record Line(String label, List<Object> values, boolean total) {
        public Line {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A part of a total, 0..1. */
    public record Share(double value) {
    }

    /** This period minus the previous one. */
    public record Change(double value, boolean decimal) {
    }

    private final Messages m;
    private final TermReport r;

    private TermReportTables(TermReport report, Messages messages) {
        this.r = report;
        this.m = messages;
    }

    public static List<Table> of(TermReport report, Messages messages) {
        TermReportTables t = new TermReportTables(report, messages);
        return List.of(t.overview(), t.status(), t.category(), t.risk(), t.gender(), t.grade(), t.classes(),
                t.sessions(), t.referrals(), t.followUps(), t.months());
    }

    public static Table find(List<Table> tables, Kind kind) {
        return tables.stream().filter(t -> t.kind() == kind).findFirst().orElseThrow();
    }

    /** {@code Semester Ganjil Tahun Pelajaran 2026/2027}, or the dates of a plain range. */
    public static String periodTitle(ReportPeriod p, Messages m) {
        return p.term() != null
                ? m.get("report.period.term", m.label(p.term().semester()), p.term().academicYear())
                : m.get("report.period.range", Dates.format(p.from(), m.locale()), Dates.format(p.to(), m.locale()));
    }

    /** {@code 1 Juli 2026 s.d. 31 Desember 2026}. */
    public static String periodDates(ReportPeriod p, Messages m) {
        return m.get("report.period.dates", Dates.format(p.from(), m.locale()), Dates.format(p.to(), m.locale()));
    }

    private boolean isTerm() {
        return r.period().term() != null;
    }

    private Table overview() {
        TermReport.Headline h = r.headline();
        TermReport.Headline p = r.previous() == null ? null : r.previous().headline();
        List<Line> lines = new ArrayList<>();
        lines.add(compare("report.row.opened", h.opened(), p == null ? null : p.opened()));
        lines.add(compare("report.row.resolved", h.resolved(), p == null ? null : p.resolved()));
        lines.add(compare("report.row.dismissed", h.dismissed(), p == null ? null : p.dismissed()));
        lines.add(compare("report.row.stillOpen", h.stillOpen(), p == null ? null : p.stillOpen()));
        lines.add(compare("report.row.unreviewed", h.unreviewed(), p == null ? null : p.unreviewed()));
        lines.add(compare("report.row.escalated", h.escalated(), p == null ? null : p.escalated()));
        lines.add(compare("report.row.students", h.studentsConcerned(), p == null ? null : p.studentsConcerned()));
        lines.add(compare("report.row.closedInPeriod", h.closedInPeriod(), p == null ? null : p.closedInPeriod()));
        lines.add(compare("report.row.sessions", h.sessions(), p == null ? null : p.sessions()));
        lines.add(compare("report.row.referrals", h.referrals(), p == null ? null : p.referrals()));
        lines.add(compareDays("report.row.daysToReview", h.medianDaysToReview(),
                p == null ? null : p.medianDaysToReview()));
        lines.add(compareDays("report.row.daysToResolution", h.medianDaysToResolution(),
                p == null ? null : p.medianDaysToResolution()));
        return new Table(Kind.OVERVIEW, m.get("report.table.overview"),
                List.of(m.get("report.col.item"), m.get(isTerm() ? "report.col.current" : "report.col.currentRange"),
                        m.get(isTerm() ? "report.col.previous" : "report.col.previousRange"),
                        m.get("report.col.change")),
                lines, m.get("report.note.overview", Dates.format(r.asOf(), m.locale())));
    }

    private Line compare(String key, long now, Long before) {
        return new Line(m.get(key), Arrays.asList(now, before,
                before == null ? null : new Change(now - before, false)), false);
    }

    private Line compareDays(String key, Double now, Double before) {
        Double a = round(now);
        Double b = round(before);
        return new Line(m.get(key), Arrays.asList(a, b, a == null || b == null ? null : new Change(a - b, true)),
                false);
    }

    private static Double round(Double days) {
        return days == null ? null : Math.round(days * 10) / 10.0;
    }

    private Table status() {
        return shares(Kind.STATUS, "report.table.status", "report.col.status", r.byStatus(), null);
    }

    private Table category() {
        List<Line> lines = new ArrayList<>();
        long total = sum(r.byCategory());
        Map<Category, Long> before = r.previous() == null ? null : r.previous().byCategory();
        for (Category c : Category.values()) {
            long n = r.byCategory().get(c);
            lines.add(new Line(m.label(c), Arrays.asList(n, share(n, total), before == null ? null : before.get(c)),
                    false));
        }
        lines.add(new Line(m.get("report.row.total"), Arrays.asList(total, share(total, total),
                before == null ? null : sum(before)), true));
        return new Table(Kind.CATEGORY, m.get("report.table.category"), List.of(m.get("report.col.category"),
                m.get("report.col.count"), m.get("report.col.share"),
                m.get(isTerm() ? "report.col.previous" : "report.col.previousRange")), lines, null);
    }

    private Table risk() {
        return shares(Kind.RISK, "report.table.risk", "report.col.risk", r.byRisk(), null);
    }

    private Table gender() {
        return shares(Kind.GENDER, "report.table.gender", "report.col.gender", r.byGender(),
                m.get("report.note.primary"));
    }

    private Table grade() {
        return sharesOf(Kind.GRADE, "report.table.grade", "report.col.grade", r.byGrade(),
                g -> g == 0 ? m.get("report.grade.other") : m.get("report.grade", g), m.get("report.note.primary"));
    }

    private Table classes() {
        return sharesOf(Kind.CLASS, "report.table.class", "report.col.class", r.byClass(), c -> c,
                m.get("report.note.primary"));
    }

    private Table sessions() {
        return shares(Kind.SESSIONS, "report.table.sessions", "report.col.sessionKind", r.sessionsByKind(), null);
    }

    private Table referrals() {
        return shares(Kind.REFERRALS, "report.table.referrals", "report.col.destination",
                r.referralsByDestination(), m.get("report.note.referrals"));
    }

    private Table followUps() {
        TermReport.FollowUps f = r.followUps();
        long total = f.total();
        List<Line> lines = List.of(
                new Line(m.get("report.followUp.onTime"), Arrays.asList(f.onTime(), share(f.onTime(), total)), false),
                new Line(m.get("report.followUp.late"), Arrays.asList(f.late(), share(f.late(), total)), false),
                new Line(m.get("report.followUp.overdue"), Arrays.asList(f.overdue(), share(f.overdue(), total)),
                        false),
                new Line(m.get("report.followUp.pending"), Arrays.asList(f.pending(), share(f.pending(), total)),
                        false),
                new Line(m.get("report.followUp.cancelled"), Arrays.asList(f.cancelled(), share(f.cancelled(), total)),
                        false),
                new Line(m.get("report.row.total"), Arrays.asList(total, share(total, total)), true));
        return new Table(Kind.FOLLOW_UPS, m.get("report.table.followUps"), List.of(m.get("report.col.followUp"),
                m.get("report.col.count"), m.get("report.col.share")), lines, null);
    }

    private Table months() {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM yyyy", m.locale());
        List<Line> lines = new ArrayList<>();
        long opened = 0;
        long closed = 0;
        for (TermReport.Month month : r.byMonth()) {
            lines.add(new Line(f.format(month.month()), Arrays.asList(month.opened(), month.closed()), false));
            opened += month.opened();
            closed += month.closed();
        }
        lines.add(new Line(m.get("report.row.total"), Arrays.asList(opened, closed), true));
        return new Table(Kind.MONTHS, m.get("report.table.months"), List.of(m.get("report.col.month"),
                m.get("report.col.opened"), m.get("report.col.closed")), lines, m.get("report.note.months"));
    }

    private <E extends Enum<E> & Labeled> Table shares(Kind kind, String titleKey, String columnKey, Map<E, Long> counts,
                                                       String note) {
        return sharesOf(kind, titleKey, columnKey, counts, m::label, note);
    }

    private <K> Table sharesOf(Kind kind, String titleKey, String columnKey, Map<K, Long> counts,
                               Function<K, String> label, String note) {
        long total = sum(counts);
        List<Line> lines = new ArrayList<>();
        counts.forEach((k, n) -> lines.add(new Line(label.apply(k), Arrays.asList(n, share(n, total)), false)));
        lines.add(new Line(m.get("report.row.total"), Arrays.asList(total, share(total, total)), true));
        return new Table(kind, m.get(titleKey), List.of(m.get(columnKey), m.get("report.col.count"),
                m.get("report.col.share")), lines, note);
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Share share(long n, long total) {
        return total == 0 ? null : new Share((double) n / total);
    }
}
