package id.kantibekisah.reports;

import id.kantibekisah.common.Messages;
import id.kantibekisah.db.Sql;

import java.time.LocalDate;
import java.util.List;

/**
 * A sheet of figures that another feature adds to the term report (the PPKSP sheet). The report service asks each
 * section for its figures inside the export's read, and the workbook writes them after the lists, in the report's
 * language. A section reads counts only: whatever it returns lands in both versions of the export.
 */
@FunctionalInterface
public interface ReportSection {
    /** Reads the section's figures of {@code period}; runs inside the export's read transaction. */
    Figures collect(Sql sql, ReportPeriod period, LocalDate today);

    /** A section's figures, read and ready to be written in one language. */
    @FunctionalInterface
    interface Figures {
        FigureSheet sheet(Messages m);
    }

    /** One sheet of titled tables: the sheet's tab name, its title under the school's name, the tables. */
    record FigureSheet(String name, String title, List<FigureTable> tables) {
        public FigureSheet {
            tables = List.copyOf(tables);
        }
    }

    /**
     * One titled table: a label column and value columns; values as in {@link TermReportTables} ({@link Long},
     * {@link Double} days, null for nothing) or a {@link String} shown as it is (a suppressed count: "&lt;3").
     */
    record FigureTable(String title, List<String> columns, List<TermReportTables.Line> lines, String note) {
        public FigureTable {
            columns = List.copyOf(columns);
            lines = List.copyOf(lines);
        }
    }
}
