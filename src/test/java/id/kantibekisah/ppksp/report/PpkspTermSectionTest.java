package id.kantibekisah.ppksp.report;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.terms.Term;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The term report's PPKSP sheet, read back with POI. */
class PpkspTermSectionTest {
    @TempDir
    Path dir;

    /** The shown values of the row labelled {@code label} under the table titled {@code title}. */
    static List<String> row(Sheet s, String title, String label) {
        DataFormatter fmt = new DataFormatter();
        boolean inTable = false;
        for (Row r : s) {
            Cell first = r.getCell(0);
            String text = first == null ? "" : fmt.formatCellValue(first);
            if (text.equals(title)) {
                inTable = true;
            } else if (inTable && text.equals(label)) {
                List<String> out = new ArrayList<>();
                for (int c = 1; c < r.getLastCellNum(); c++) {
                    out.add(fmt.formatCellValue(r.getCell(c)));
                }
                return out;
            }
        }
        throw new AssertionError(title + " / " + label + " not on " + s.getSheetName());
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    @Test
    void theTermReportHasAPpkspSheetWithEveryFigureTheIssueAsksFor() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            Term term = f.s.terms().current();
            new TppkScenario(f);
            Path file = dir.resolve("laporan.xlsx");
            f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(term), ExportMode.PSEUDONYMISED, file,
                    Messages.indonesian(), Progress.NONE);
            try (XSSFWorkbook wb = open(file)) {
                Sheet s = wb.getSheet("PPKSP");
                assertThat(s).isNotNull();
                assertThat(wb.getSheetIndex(s)).isEqualTo(wb.getNumberOfSheets() - 1);
                assertThat(s.getRow(1).getCell(0).getStringCellValue())
                        .startsWith("Pencegahan dan penanganan kekerasan (PPKSP)");
                String forms = "Kasus kekerasan menurut bentuk";
                assertThat(row(s, forms, "Perundungan")).containsExactly("2");
                assertThat(row(s, forms, "Kekerasan fisik")).containsExactly("1");
                assertThat(row(s, forms, "Kekerasan seksual")).containsExactly("1");
                assertThat(row(s, forms, "Kebijakan yang mengandung kekerasan")).containsExactly("0");
                assertThat(row(s, forms, "Kasus kekerasan (tiap kasus sekali)")).containsExactly("4");
                String victims = "Korban menurut jenis dan jenis kelamin";
                assertThat(row(s, victims, "Peserta didik")).containsExactly("1", "3", "0", "4");
                assertThat(row(s, victims, "Jumlah")).containsExactly("1", "3", "0", "4");
                String reported = "Terlapor menurut jenis dan jenis kelamin";
                assertThat(row(s, reported, "Peserta didik")).containsExactly("2", "0", "0", "2");
                assertThat(row(s, reported, "Pendidik (guru)")).containsExactly("1", "0", "0", "1");
                assertThat(row(s, reported, "Lainnya (komite, pihak luar)")).containsExactly("0", "0", "1", "1");
                String steps = "Perkara TPPK menurut langkah yang dicapai";
                assertThat(row(s, steps, "1. Penerimaan laporan")).containsExactly("1");
                assertThat(row(s, steps, "2. Pemeriksaan")).containsExactly("0");
                assertThat(row(s, steps, "3. Kesimpulan dan rekomendasi")).containsExactly("1");
                assertThat(row(s, steps, "4. Keputusan kepala sekolah")).containsExactly("1");
                assertThat(row(s, steps, "Belum/tidak ditangani sebagai perkara TPPK")).containsExactly("1");
                String deadlines = "Ketepatan waktu (pemeriksaan paling lama 30 hari, keputusan paling lama 5 hari kerja)";
                assertThat(row(s, deadlines, "Pemeriksaan")).containsExactly("1", "1", "0", "1", "21.0");
                assertThat(row(s, deadlines, "Keputusan kepala sekolah")).containsExactly("1", "0", "1", "0", "3.0");
                String sanctions = "Kesimpulan dan rekomendasi sanksi";
                assertThat(row(s, sanctions, "Terbukti, sanksi Ringan")).containsExactly("1");
                assertThat(row(s, sanctions, "Tidak terbukti (nama baik dipulihkan)")).containsExactly("1");
                assertThat(row(s, sanctions, "Perkara dengan kesimpulan")).containsExactly("2");
                String measures = "Tindakan menurut jenis dan status";
                assertThat(row(s, measures, "Permintaan maaf")).containsExactly("0", "0", "1", "0", "1");
                assertThat(row(s, measures, "Pelibatan orang tua")).containsExactly("0", "0", "0", "1", "1");
                assertThat(row(s, measures, "Pendampingan psikologis korban")).containsExactly("1", "0", "0", "0",
                        "1");
                assertThat(row(s, measures, "Jumlah")).containsExactly("1", "0", "1", "1", "3");
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getPrintSetup().getLandscape()).isFalse();
                DataFormatter fmt = new DataFormatter();
                for (Row r : s) {
                    for (Cell c : r) {
                        assertThat(fmt.formatCellValue(c)).as("no names on the PPKSP sheet")
                                .doesNotContain("Fiktif", "Citra", "Dimas", "Eka", "Putri");
                    }
                }
            }
        }
    }
}
