package id.kantibekisah.ppksp.report;

import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.terms.Term;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static id.kantibekisah.ppksp.report.PpkspTermSectionTest.open;
import static id.kantibekisah.ppksp.report.PpkspTermSectionTest.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The annual TPPK report read back with POI: aggregate only, small counts hidden, signatures, who may export. */
class TppkAnnualReportTest {
    @TempDir
    Path dir;

    private static List<String> texts(Sheet s) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                out.add(fmt.formatCellValue(c));
            }
        }
        return out;
    }

    @Test
    void theAnnualReportHidesCountsUnderThreeAndAnyCountATotalWouldReveal() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            new TppkScenario(f);
            Path file = dir.resolve("tppk.xlsx");
            TppkAnnualReport.Result r = f.s.tppkAnnual().export(f.principal, "2026/2027", file, Messages.indonesian());
            assertThat(r.violenceCases()).isEqualTo(4);
            assertThat(r.file()).isEqualTo(file.toAbsolutePath());
            try (XSSFWorkbook wb = open(file)) {
                assertThat(wb.getNumberOfSheets()).isEqualTo(1);
                Sheet s = wb.getSheetAt(0);
                assertThat(s.getRow(1).getCell(0).getStringCellValue()).contains("Laporan Tahunan TPPK", "2026/2027");
                String forms = "Kasus kekerasan menurut bentuk";
                assertThat(row(s, forms, "Perundungan")).containsExactly("<3");
                assertThat(row(s, forms, "Kebijakan yang mengandung kekerasan")).containsExactly("0");
                assertThat(row(s, forms, "Kasus kekerasan (tiap kasus sekali)")).containsExactly("4");
                String victims = "Korban menurut jenis dan jenis kelamin";
                // 1 boy and 3 girls: the 3 is hidden too, or 4 - 3 would give the boy away.
                assertThat(row(s, victims, "Peserta didik")).containsExactly("<3", "<3", "0", "4");
                assertThat(row(s, victims, "Jumlah")).containsExactly("<3", "<3", "0", "4");
                String reported = "Terlapor menurut jenis dan jenis kelamin";
                assertThat(row(s, reported, "Peserta didik")).containsExactly("<3", "0", "0", "<3");
                assertThat(row(s, reported, "Jumlah")).containsExactly("<3", "0", "<3", "4");
                String deadlines = "Ketepatan waktu (pemeriksaan paling lama 30 hari, keputusan paling lama 5 hari kerja)";
                assertThat(row(s, deadlines, "Pemeriksaan")).as("two done: no median")
                        .containsExactly("<3", "<3", "0", "<3", "\u2013");
                DataFormatter fmt = new DataFormatter();
                for (Row x : s) {
                    for (Cell c : x) {
                        if (c.getCellType() == CellType.NUMERIC) {
                            assertThat(c.getNumericCellValue()).as("no count of 1 or 2 at " + c.getAddress())
                                    .isNotIn(1.0, 2.0);
                        }
                        assertThat(fmt.formatCellValue(c)).as("aggregate only").doesNotContain("Fiktif", "Citra",
                                "Dimas", "Eka", "Putri", "Bima", "Fajar", "KB-", "C.M.", "D.P.");
                    }
                }
                List<String> all = texts(s);
                assertThat(all).contains("Ketua TPPK", "Mengetahui,");
                assertThat(String.join("\n", all)).contains("Angka 1 dan 2 ditulis \u201c<3\u201d");
                assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(s.getPrintSetup().getLandscape()).isFalse();
                assertThat(s.getRepeatingRows()).isNotNull();
            }
            assertThat(f.s.audit().latest(1).get(0).detail()).contains("tppk year 2026/2027");
        }
    }

    @Test
    void theYearIsItsStoredTermsOrJulyToJuneAndABadYearIsRefused() {
        try (Fixture f = Fixture.create(dir)) {
            Term ganjil = f.s.terms().current();
            ReportPeriod p = f.s.tppkAnnual().period("2026/2027");
            assertThat(p.from()).as("the stored term's first day").isEqualTo(ganjil.startDate());
            assertThat(p.to()).as("only Ganjil stored").isEqualTo(ganjil.endDate());
            ReportPeriod none = f.s.tppkAnnual().period("2030/2031");
            assertThat(none.from()).isEqualTo(LocalDate.of(2030, 7, 1));
            assertThat(none.to()).isEqualTo(LocalDate.of(2031, 6, 30));
            for (String bad : new String[] {"2026", "2026/2028", "26/27", "", "2026-2027"}) {
                assertThatThrownBy(() -> f.s.tppkAnnual().period(bad)).as(bad)
                        .isInstanceOf(ValidationException.class);
            }
            Path file = dir.resolve("x.xlsx");
            assertThatThrownBy(() -> f.s.tppkAnnual().export(f.cadre, "2026/2027", file, Messages.indonesian()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.s.tppkAnnual().export(f.admin, "2026/2027", file, Messages.indonesian()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(Files.exists(file)).isFalse();
        }
    }
}
