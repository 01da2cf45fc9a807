package id.kantibekisah.reports;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.wiring.AppServices;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two halves of {@link ReportService#exportWorkbook} for the benchmark, timed apart: reading the period from
 * the database ({@link ReportService#collect}) and writing the workbook ({@link TermReportWorkbook}).
 */
public final class ExportParts {
    private ExportParts() {
    }

    /** Milliseconds of {@code [collect, write]}. */
    public static double[] time(AppServices s, Actor actor, ReportPeriod period, ExportMode mode, Path file,
                                Messages messages) throws IOException {
        long start = System.nanoTime();
        ReportExport data = s.db().read(sql -> s.reports().collect(sql, actor, period, mode));
        long collected = System.nanoTime();
        try (OutputStream out = Files.newOutputStream(file)) {
            new TermReportWorkbook(messages).write(data, out, Progress.NONE);
        }
        long written = System.nanoTime();
        return new double[] {(collected - start) / 1e6, (written - collected) / 1e6};
    }
}
