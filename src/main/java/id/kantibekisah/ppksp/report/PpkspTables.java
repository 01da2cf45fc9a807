package id.kantibekisah.ppksp.report;

import id.kantibekisah.common.Messages;
import id.kantibekisah.ppksp.MeasureKind;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.SanctionLevel;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.ppksp.report.PpkspFigures.Deadline;
import id.kantibekisah.ppksp.report.PpkspFigures.Genders;
import id.kantibekisah.ppksp.report.PpkspFigures.PersonGroup;
import id.kantibekisah.reports.ReportSection.FigureTable;
import id.kantibekisah.reports.TermReportTables.Line;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link PpkspFigures} as titled tables in one language: the PPKSP sheet of the term report, and (with small
 * counts hidden, {@link SmallCounts}) the annual TPPK report.
 */
public final class PpkspTables {
    private final Messages m;
    private final boolean suppress;

    private PpkspTables(Messages m, boolean suppress) {
        this.m = m;
        this.suppress = suppress;
    }

    /** Every count as it is: for the school's own term report. */
    public static List<FigureTable> of(PpkspFigures f, Messages m) {
        return new PpkspTables(m, false).tables(f);
    }

    /** Counts under 3 hidden, with a second cell where a total would reveal them: for reports leaving the school. */
    public static List<FigureTable> suppressed(PpkspFigures f, Messages m) {
        return new PpkspTables(m, true).tables(f);
    }

    private List<FigureTable> tables(PpkspFigures f) {
        return List.of(forms(f), people("ppksp.report.victims", f.victims()),
                people("ppksp.report.reported", f.reported()), steps(f), deadlines(f), sanctions(f), measures(f));
    }

    private FigureTable forms(PpkspFigures f) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        for (ViolenceForm form : ViolenceForm.values()) {
            labels.add(m.label(form));
            rows.add(new long[] {f.byForm().getOrDefault(form, 0L)});
        }
        labels.add(m.get("ppksp.report.forms.cases"));
        rows.add(new long[] {f.violenceCases()});
        // The last line counts cases, not the sum of the forms (a case may have several): not a total to check.
        return table("ppksp.report.forms", List.of(m.get("ppksp.report.cases")), labels, rows, false, false,
                m.get("ppksp.report.forms.note"));
    }

    private FigureTable people(String key, Map<PersonGroup, Genders> counts) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        Genders sum = Genders.NONE;
        for (PersonGroup g : PersonGroup.values()) {
            Genders n = counts.getOrDefault(g, Genders.NONE);
            labels.add(m.label(g));
            rows.add(new long[] {n.male(), n.female(), n.unknown(), n.total()});
            sum = new Genders(sum.male() + n.male(), sum.female() + n.female(), sum.unknown() + n.unknown());
        }
        labels.add(m.get("ppksp.report.total"));
        rows.add(new long[] {sum.male(), sum.female(), sum.unknown(), sum.total()});
        return table(key, List.of(m.get("ppksp.report.male"), m.get("ppksp.report.female"),
                m.get("ppksp.report.genderUnknown"), m.get("ppksp.report.total")), labels, rows, true, true,
                m.get("ppksp.report.people.note"));
    }

    private FigureTable steps(PpkspFigures f) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        for (TppkStep s : TppkStep.values()) {
            labels.add((s.ordinal() + 1) + ". " + m.label(s));
            rows.add(new long[] {f.byStepReached().getOrDefault(s, 0L)});
        }
        labels.add(m.get("ppksp.report.steps.notMatter"));
        rows.add(new long[] {f.notMatter()});
        labels.add(m.get("ppksp.report.forms.cases"));
        rows.add(new long[] {f.violenceCases()});
        return table("ppksp.report.steps", List.of(m.get("ppksp.report.cases")), labels, rows, true, false,
                m.get("ppksp.report.steps.note"));
    }

    private FigureTable deadlines(PpkspFigures f) {
        List<String> columns = List.of(m.get("ppksp.report.deadline.inTime"), m.get("ppksp.report.deadline.late"),
                m.get("ppksp.report.deadline.openInTime"), m.get("ppksp.report.deadline.openLate"),
                m.get("ppksp.report.deadline.median"));
        List<Line> lines = new ArrayList<>();
        lines.add(deadline(m.get("ppksp.report.deadline.examination"), f.examination()));
        lines.add(deadline(m.get("ppksp.report.deadline.decision"), f.decision()));
        return new FigureTable(m.get("ppksp.report.deadlines"), header(columns), lines,
                m.get(suppress ? "ppksp.report.deadlines.noteSuppressed" : "ppksp.report.deadlines.note"));
    }

    private Line deadline(String label, Deadline d) {
        long[] counts = {d.inTime(), d.late(), d.openInTime(), d.openLate()};
        boolean[][] hidden = suppress ? SmallCounts.hide(new long[][] {counts}, false, false) : new boolean[1][4];
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < counts.length; c++) {
            values.add(hidden[0][c] ? SmallCounts.HIDDEN : (Object) counts[c]);
        }
        boolean enough = !suppress || d.inTime() + d.late() >= SmallCounts.THRESHOLD;
        values.add(d.median() == null || !enough ? null : Math.round(d.median() * 10) / 10.0);
        return new Line(label, values, false);
    }

    private FigureTable sanctions(PpkspFigures f) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        long sum = 0;
        for (SanctionLevel s : SanctionLevel.values()) {
            labels.add(m.get("ppksp.report.sanction", m.label(s)));
            long n = f.sanctions().getOrDefault(s, 0L);
            rows.add(new long[] {n});
            sum += n;
        }
        labels.add(m.get("ppksp.report.sanction.none"));
        rows.add(new long[] {f.provenNoSanction()});
        labels.add(m.get("ppksp.report.sanction.notProven"));
        rows.add(new long[] {f.notProven()});
        labels.add(m.get("ppksp.report.sanction.total"));
        rows.add(new long[] {sum + f.provenNoSanction() + f.notProven()});
        return table("ppksp.report.sanctions", List.of(m.get("ppksp.report.matters")), labels, rows, true, false,
                m.get("ppksp.report.sanctions.note"));
    }

    private FigureTable measures(PpkspFigures f) {
        List<String> labels = new ArrayList<>();
        List<long[]> rows = new ArrayList<>();
        long[] sum = new long[MeasureStatus.values().length + 1];
        for (MeasureKind k : MeasureKind.values()) {
            Map<MeasureStatus, Long> byStatus = f.measures().getOrDefault(k, Map.of());
            long[] row = new long[sum.length];
            for (MeasureStatus s : MeasureStatus.values()) {
                row[s.ordinal()] = byStatus.getOrDefault(s, 0L);
                row[sum.length - 1] += row[s.ordinal()];
            }
            for (int i = 0; i < sum.length; i++) {
                sum[i] += row[i];
            }
            labels.add(m.label(k));
            rows.add(row);
        }
        labels.add(m.get("ppksp.report.total"));
        rows.add(sum);
        List<String> columns = new ArrayList<>(Arrays.stream(MeasureStatus.values()).map(m::label).toList());
        columns.add(m.get("ppksp.report.total"));
        return table("ppksp.report.measures", columns, labels, rows, true, true, m.get("ppksp.report.measures.note"));
    }

    /** The label column's header first, then the value columns. */
    private List<String> header(List<String> values) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.addAll(values);
        return out;
    }

    private FigureTable table(String titleKey, List<String> columns, List<String> labels, List<long[]> rows,
                              boolean totalRow, boolean totalColumn, String note) {
        long[][] cells = rows.toArray(new long[0][]);
        boolean[][] hidden = suppress ? SmallCounts.hide(cells, totalRow, totalColumn)
                : new boolean[cells.length][cells.length == 0 ? 0 : cells[0].length];
        List<Line> lines = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            List<Object> values = new ArrayList<>();
            for (int c = 0; c < cells[r].length; c++) {
                values.add(hidden[r][c] ? SmallCounts.HIDDEN : (Object) cells[r][c]);
            }
            lines.add(new Line(labels.get(r), values, r == cells.length - 1));
        }
        String fullNote = suppress ? note + " " + m.get("ppksp.report.suppressed") : note;
        return new FigureTable(m.get(titleKey), header(columns), lines, fullNote);
    }
}
