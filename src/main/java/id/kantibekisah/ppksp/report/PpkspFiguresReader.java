package id.kantibekisah.ppksp.report;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;
import id.kantibekisah.ppksp.MeasureKind;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.OtherPartyKind;
import id.kantibekisah.ppksp.PpkspRepository;
import id.kantibekisah.ppksp.SanctionLevel;
import id.kantibekisah.ppksp.TppkMatter;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.ppksp.WorkingDays;
import id.kantibekisah.ppksp.report.PpkspFigures.Deadline;
import id.kantibekisah.ppksp.report.PpkspFigures.Genders;
import id.kantibekisah.ppksp.report.PpkspFigures.PersonGroup;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.students.Gender;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@link PpkspFigures} of a period. The cases counted are those of the period as the term report counts
 * them (the term's cases, or those opened in a date range) that have a form of violence; parameters {@code ?1..?3}
 * are the term id (or NULL), the first and the last day. Counts only: no name is read.
 */
public final class PpkspFiguresReader {
    private static final String SCOPE = "(CASE WHEN ?1 IS NULL THEN c.opened_on BETWEEN ?2 AND ?3"
            + " ELSE c.term_id = ?1 END)";
    private static final String VIOLENCE = " AND EXISTS (SELECT 1 FROM case_violence_forms f WHERE f.case_id = c.id)";

    private final PpkspRepository ppksp = new PpkspRepository();

    /** Uses one row. */
    @FunctionalInterface
    private interface RowUse {
        void use(Row row) throws SQLException;
    }

    private static void each(Sql sql, String query, RowUse use, Object... params) {
        sql.forEach(query, r -> {
            use.use(r);
            return true;
        }, params);
    }

    private record MatterHead(long caseId, LocalDate clockStart, Boolean proven, SanctionLevel sanction) {
    }

    public PpkspFigures read(Sql sql, ReportPeriod period, LocalDate today) {
        Object[] p = {period.termId(), period.from(), period.to()};
        Map<Long, CaseStatus> cases = new HashMap<>();
        each(sql, "SELECT c.id, c.status FROM cases c WHERE " + SCOPE + VIOLENCE,
                r -> cases.put(r.lng("id"), r.enumOf(CaseStatus.class, "status")), p);

        Map<ViolenceForm, Long> byForm = new EnumMap<>(ViolenceForm.class);
        each(sql, "SELECT f.form, count(*) AS n FROM case_violence_forms f JOIN cases c ON c.id = f.case_id"
                + " WHERE " + SCOPE + " GROUP BY f.form", r -> byForm.put(r.enumOf(ViolenceForm.class, "form"),
                r.lng("n")), p);

        Map<PartyRole, Map<PersonGroup, long[]>> people = new EnumMap<>(PartyRole.class);
        each(sql, "SELECT DISTINCT p.student_id, p.role, s.gender FROM case_parties p"
                + " JOIN students s ON s.id = p.student_id JOIN cases c ON c.id = p.case_id"
                + " WHERE " + SCOPE + VIOLENCE + " AND p.role IN ('VICTIM', 'PERPETRATOR')",
                r -> count(people, r.enumOf(PartyRole.class, "role"), PersonGroup.STUDENT, r.str("gender")), p);
        each(sql, "SELECT o.kind, o.role, o.gender FROM case_other_parties o JOIN cases c ON c.id = o.case_id"
                + " WHERE " + SCOPE + VIOLENCE + " AND o.role IN ('VICTIM', 'PERPETRATOR')",
                r -> count(people, r.enumOf(PartyRole.class, "role"), group(r.enumOf(OtherPartyKind.class, "kind")),
                        r.str("gender")), p);

        List<MatterHead> matters = new ArrayList<>();
        each(sql, "SELECT m.case_id, m.reported_on, m.started_on, m.proven, m.sanction_level FROM tppk_matters m"
                + " JOIN cases c ON c.id = m.case_id WHERE " + SCOPE + VIOLENCE, r -> {
                    LocalDate reported = r.date("reported_on");
                    Long proven = r.lngOrNull("proven");
                    matters.add(new MatterHead(r.lng("case_id"), reported != null ? reported : r.date("started_on"),
                            proven == null ? null : proven == 1, r.enumOf(SanctionLevel.class, "sanction_level")));
                }, p);
        Map<Long, Map<TppkStep, LocalDate>> steps = new HashMap<>();
        each(sql, "SELECT t.case_id, t.step, t.done_on FROM tppk_steps t JOIN cases c ON c.id = t.case_id"
                + " WHERE " + SCOPE, r -> steps.computeIfAbsent(r.lng("case_id"), k -> new EnumMap<>(TppkStep.class))
                .put(r.enumOf(TppkStep.class, "step"), r.date("done_on")), p);

        Map<MeasureKind, Map<MeasureStatus, Long>> measures = new EnumMap<>(MeasureKind.class);
        each(sql, "SELECT m.kind, m.status, count(*) AS n FROM case_measures m JOIN cases c ON c.id = m.case_id"
                + " WHERE " + SCOPE + VIOLENCE + " GROUP BY m.kind, m.status",
                r -> measures.computeIfAbsent(r.enumOf(MeasureKind.class, "kind"),
                        k -> new EnumMap<>(MeasureStatus.class)).put(r.enumOf(MeasureStatus.class, "status"),
                        r.lng("n")), p);

        WorkingDays wd = new WorkingDays(ppksp.holidayDays(sql));
        Map<TppkStep, Long> reached = new EnumMap<>(TppkStep.class);
        Map<SanctionLevel, Long> sanctions = new EnumMap<>(SanctionLevel.class);
        long provenNoSanction = 0;
        long notProven = 0;
        DeadlineCount exam = new DeadlineCount();
        DeadlineCount decision = new DeadlineCount();
        for (MatterHead m : matters) {
            Map<TppkStep, LocalDate> done = steps.getOrDefault(m.caseId(), Map.of());
            TppkStep last = TppkStep.RECEIPT;
            for (TppkStep s : TppkStep.values()) {
                if (done.containsKey(s)) {
                    last = s;
                }
            }
            reached.merge(last, 1L, Long::sum);
            if (Boolean.TRUE.equals(m.proven())) {
                if (m.sanction() != null) {
                    sanctions.merge(m.sanction(), 1L, Long::sum);
                } else {
                    provenNoSanction++;
                }
            } else if (Boolean.FALSE.equals(m.proven())) {
                notProven++;
            }
            boolean open = cases.getOrDefault(m.caseId(), CaseStatus.RESOLVED).isOpen();
            LocalDate examDone = done.get(TppkStep.EXAMINATION);
            LocalDate examDue = m.clockStart().plusDays(TppkMatter.EXAMINATION_DAYS);
            exam.add(examDone, examDue, open, today,
                    examDone == null ? 0 : ChronoUnit.DAYS.between(m.clockStart(), examDone));
            if (examDone != null) {
                LocalDate decided = done.get(TppkStep.DECISION);
                decision.add(decided, wd.plus(examDone, TppkMatter.DECISION_WORKING_DAYS), open, today,
                        decided == null ? 0 : wd.between(examDone, decided));
            }
        }
        return new PpkspFigures(cases.size(), byForm, genders(people.get(PartyRole.VICTIM)),
                genders(people.get(PartyRole.PERPETRATOR)), cases.size() - matters.size(), reached, exam.result(),
                decision.result(), sanctions, provenNoSanction, notProven, measures);
    }

    private static PersonGroup group(OtherPartyKind kind) {
        return switch (kind) {
            case TEACHER -> PersonGroup.TEACHER;
            case EDUCATION_STAFF -> PersonGroup.EDUCATION_STAFF;
            case OTHER_SCHOOL_STUDENT -> PersonGroup.STUDENT;
            case SCHOOL_COMMITTEE, OUTSIDER -> PersonGroup.OTHER;
        };
    }

    private static void count(Map<PartyRole, Map<PersonGroup, long[]>> people, PartyRole role, PersonGroup group,
                              String gender) {
        long[] n = people.computeIfAbsent(role, k -> new EnumMap<>(PersonGroup.class))
                .computeIfAbsent(group, k -> new long[3]);
        n[gender == null ? 2 : Gender.valueOf(gender) == Gender.L ? 0 : 1]++;
    }

    private static Map<PersonGroup, Genders> genders(Map<PersonGroup, long[]> counts) {
        Map<PersonGroup, Genders> out = new EnumMap<>(PersonGroup.class);
        if (counts != null) {
            counts.forEach((g, n) -> out.put(g, new Genders(n[0], n[1], n[2])));
        }
        return out;
    }

    /** Tallies one deadline over the matters. */
    private static final class DeadlineCount {
        private long inTime;
        private long late;
        private long openInTime;
        private long openLate;
        private final List<Long> days = new ArrayList<>();

        void add(LocalDate doneOn, LocalDate due, boolean caseOpen, LocalDate today, long taken) {
            if (doneOn != null) {
                if (doneOn.isAfter(due)) {
                    late++;
                } else {
                    inTime++;
                }
                days.add(taken);
            } else if (caseOpen) {
                if (today.isAfter(due)) {
                    openLate++;
                } else {
                    openInTime++;
                }
            }
        }

        Deadline result() {
            return new Deadline(inTime, late, openInTime, openLate, median(days));
        }
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> v = new ArrayList<>(values);
        v.sort(null);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2).doubleValue() : (v.get(n / 2 - 1) + v.get(n / 2)) / 2.0;
    }
}
