package id.kantibekisah.cli;

import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code export-report --kind tppk --year YYYY/YYYY}: the annual TPPK report from the command line. */
class TppkReportCliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), new ArrayList<Cli.GuiOptions>()::add,
                Clock.fixed(Fixture.START, Fixture.ZONE));
    }

    @Test
    void theAnnualTppkReportIsWrittenFromTheDemoSchoolWithoutALogIn() throws Exception {
        Path db = dir.resolve("sekolah.db");
        assertThat(run("--db", db.toString(), "seed-demo")).isEqualTo(Cli.OK);
        Path file = dir.resolve("tppk.xlsx");
        assertThat(run("--db", db.toString(), "export-report", "--kind", "tppk", "--year", "2026/2027", "--out",
                file.toString())).as(err.toString()).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Laporan tahunan TPPK 2026/2027", "kasus kekerasan");
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Laporan Tahunan TPPK Tahun Ajaran 2026/2027");
            DataFormatter fmt = new DataFormatter();
            StringBuilder all = new StringBuilder();
            for (Row r : wb.getSheetAt(0)) {
                for (Cell c : r) {
                    all.append(fmt.formatCellValue(c)).append('\n');
                }
            }
            assertThat(all).contains("Kasus kekerasan menurut bentuk", "Ketua TPPK").doesNotContain("KB-");
        }
    }

    @Test
    void theTppkKindNeedsAYearAndTakesNoTermOrFullVersion() {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        String file = dir.resolve("x.xlsx").toString();
        assertThat(run("--db", db.toString(), "export-report", "--kind", "tppk", "--out", file)).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--year");
        assertThat(run("--db", db.toString(), "export-report", "--kind", "tppk", "--year", "2026/2027", "--full",
                "--out", file)).isEqualTo(Cli.USAGE);
        assertThat(run("--db", db.toString(), "export-report", "--kind", "laporan", "--out", file))
                .isEqualTo(Cli.USAGE);
        assertThat(run("--db", db.toString(), "export-report", "--year", "2026/2027", "--out", file))
                .isEqualTo(Cli.USAGE);
        assertThat(run("--db", db.toString(), "export-report", "--kind", "tppk", "--year", "2026-2027", "--out",
                file)).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("2026/2027");
        assertThat(Files.exists(Path.of(file))).isFalse();
    }
}
