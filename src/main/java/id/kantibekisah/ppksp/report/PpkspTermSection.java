package id.kantibekisah.ppksp.report;

import id.kantibekisah.db.Sql;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.reports.ReportSection;

import java.time.LocalDate;

/**
 * The term report's {@code PPKSP} sheet: the violence cases of the term by form, victims and reported persons by
 * kind and gender, the TPPK matters by step reached, deadlines kept (counts and medians), sanctions and measures.
 * Counts only, so the sheet is the same in the full and the pseudonymised version.
 */
public final class PpkspTermSection implements ReportSection {
    private final PpkspFiguresReader reader = new PpkspFiguresReader();

    @Override
    public Figures collect(Sql sql, ReportPeriod period, LocalDate today) {
        PpkspFigures figures = reader.read(sql, period, today);
        return m -> new FigureSheet(m.get("ppksp.report.sheet"), m.get("ppksp.report.title"),
                PpkspTables.of(figures, m));
    }
}
