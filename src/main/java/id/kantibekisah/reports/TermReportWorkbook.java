package id.kantibekisah.reports;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a {@link ReportExport} as the term report workbook: {@code Ringkasan} ({@link SummarySheet}: the summary
 * tables with their counting rules, the signatures and the charts of {@link SummaryCharts}), then the lists of
 * {@link ListSheets}, then one sheet per {@link ReportSection} (the PPKSP figures). Every sheet is set up by {@link WorkbookFrame} to print on A4 without fiddling: title rows
 * repeated on every page, page numbers in the footer, scaled to the page width but never so far that text prints
 * below 8 points; the lists landscape, with a frozen header and a filter.
 *
 * <p>The summary is built in memory (charts need it); the lists are streamed ({@link SXSSFWorkbook}), so a long
 * term costs no more memory than a short one. Every text goes through {@link CellText}: no cell is ever a formula.
 */
public final class TermReportWorkbook {
    private static final int STREAM_WINDOW = 200;

    private final Messages m;

    public TermReportWorkbook(Messages messages) {
        this.m = messages;
    }

    /** Writes the workbook; {@code out} is left open. */
    public void write(ReportExport data, OutputStream out, Progress progress) throws IOException {
        long total = 1L + data.cases().size() + data.sessions().size() + data.referrals().size()
                + data.followUps().size();
        try (XSSFWorkbook base = new XSSFWorkbook()) {
            base.getProperties().getCoreProperties().setCreator(m.get("app.name"));
            base.getProperties().getCoreProperties().setTitle(m.get("report.title") + " \u2013 "
                    + TermReportTables.periodTitle(data.figures().period(), m));
            XSSFFont font = base.getFontAt(0);
            font.setFontName("Arial");
            font.setFontHeightInPoints((short) 10);
            WorkbookStyles st = new WorkbookStyles(base);
            WorkbookFrame frame = new WorkbookFrame(m, st);
            new SummarySheet(base, st, frame, m, data).write();
            progress.update(1, total);
            SXSSFWorkbook wb = new SXSSFWorkbook(base, STREAM_WINDOW);
            try {
                long[] done = {1};
                Runnable tick = () -> {
                    if (++done[0] % 50 == 0) {
                        progress.update(done[0], total);
                    }
                };
                new ListSheets(m, st, frame).write(wb, data, tick);
                FigureSheets sections = new FigureSheets(st, frame);
                for (ReportSection.Figures figures : data.sections()) {
                    sections.sheet(wb, data, figures.sheet(m));
                }
                wb.setActiveSheet(0);
                wb.write(out);
                progress.update(total, total);
            } finally {
                wb.dispose();
            }
        }
    }
}
