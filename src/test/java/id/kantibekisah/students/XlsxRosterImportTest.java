package id.kantibekisah.students;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.students.Workbooks.Formatted;
import id.kantibekisah.testing.DatabaseDump;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static id.kantibekisah.students.Workbooks.merge;
import static id.kantibekisah.students.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Rosters from .xlsx workbooks shaped as Dapodik and schools make them, read through {@link RosterFiles}. */
class XlsxRosterImportTest {
    @TempDir
    Path dir;

    /** Dapodik's "Daftar Peserta Didik": four title rows, a header over rows 5–6, groups for the parents. */
    private Path dapodikExport() {
        return Workbooks.write(dir.resolve("daftar_pd-SMP NEGERI UJI-2026-07-15.xlsx"), wb -> {
            Sheet s = wb.createSheet("Daftar PD");
            row(s, 1, "Daftar Peserta Didik");
            merge(s, "A1:R1");
            row(s, 2, "SMP NEGERI UJI");
            row(s, 3, "Kecamatan Kec. Koba, Kabupaten Kab. Bangka Tengah, Provinsi Prov. Kepulauan Bangka Belitung");
            row(s, 4, "Tanggal Unduh: 2026-07-15 10:12:45", null, null, null, null, "Pengunduh: operator@contoh.sch.id");
            row(s, 5, "No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "HP", "Data Ayah", null,
                    null, "Data Ibu", null, null, "Data Wali", null, null, "Rombel Saat Ini");
            row(s, 6, null, null, null, null, null, null, null, null, "Nama", "Tahun Lahir", "Pekerjaan", "Nama",
                    "Tahun Lahir", "Pekerjaan", "Nama", "Tahun Lahir", "Pekerjaan");
            for (String col : List.of("A", "B", "C", "D", "E", "F", "G", "H", "R")) {
                merge(s, col + "5:" + col + "6");
            }
            merge(s, "I5:K5");
            merge(s, "L5:N5");
            merge(s, "O5:Q5");
            row(s, 7, 1, "Nayla Permata", "2627001", "P", "0012345678", "Koba", "2013-05-17", "081234567890",
                    "Rusli", 1980, "Nelayan", "Hasnah", 1982, "Mengurus rumah tangga", null, null, null, "7A");
            // Re-saved by hand: numbers where Dapodik writes text, a real date, a mobile number as a number.
            row(s, 8, 2, "Rafi Saputra", 2627002, "L", 98765432, "Pangkalpinang", LocalDate.of(2013, 2, 1),
                    81298765432L, null, null, null, "Sumiati", 1985, "Pedagang", "Herman", 1970, "Buruh", "VII B");
            row(s, 10, 3, "Citra Dewi", "2627003", "Perempuan", 133608668, "Koba", "17/05/2013", "0813 1111 2222",
                    "Zainal", 1979, "Petani", "Marlina", 1983, "-", null, null, null, "7 a");
            row(s, 12, "Dicetak dari Dapodik pada 15/07/2026");
        });
    }

    @Test
    void aDapodikExportWithTitleRowsAndATwoRowMergedHeaderIsReadFieldByField() {
        RosterFile roster = RosterFiles.read(dapodikExport());

        assertThat(roster.sheet()).isEqualTo("Daftar PD");
        assertThat(roster.headerFirstRow()).isEqualTo(5);
        assertThat(roster.headerLastRow()).isEqualTo(6);
        assertThat(roster.mapping()).containsEntry(RosterColumn.NISN, List.of("NISN"))
                .containsEntry(RosterColumn.NIS, List.of("NIPD"))
                .containsEntry(RosterColumn.NAME, List.of("Nama"))
                .containsEntry(RosterColumn.GENDER, List.of("JK"))
                .containsEntry(RosterColumn.CLASS, List.of("Rombel Saat Ini"))
                .containsEntry(RosterColumn.BIRTH_DATE, List.of("Tanggal Lahir"))
                .containsEntry(RosterColumn.GUARDIAN_NAME,
                        List.of("Data Wali / Nama", "Data Ayah / Nama", "Data Ibu / Nama"))
                .containsEntry(RosterColumn.GUARDIAN_PHONE, List.of("HP"));
        assertThat(roster.unusedHeaders()).contains("No", "Tempat Lahir", "Data Ayah / Tahun Lahir",
                "Data Wali / Pekerjaan").doesNotContain("Nama", "Data Ayah / Nama");
        Messages m = Messages.indonesian();
        assertThat(RosterTexts.source(m, roster)).isEqualTo("lembar \"Daftar PD\", judul kolom di baris 5\u20136");
        assertThat(RosterTexts.headers(m, roster, RosterColumn.GUARDIAN_NAME))
                .isEqualTo("Data Wali / Nama (bila kosong: Data Ayah / Nama, Data Ibu / Nama)");

        assertThat(roster.rows()).extracting(RosterRow::rowNumber).containsExactly(7, 8, 10);
        assertThat(roster.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(roster.rows()).extracting(RosterRow::draft).containsExactly(
                new StudentDraft("0012345678", "2627001", "Nayla Permata", Gender.P, "7A",
                        LocalDate.of(2013, 5, 17), "Rusli", "081234567890"),
                new StudentDraft("0098765432", "2627002", "Rafi Saputra", Gender.L, "VIIB",
                        LocalDate.of(2013, 2, 1), "Herman", "081298765432"),
                new StudentDraft("0133608668", "2627003", "Citra Dewi", Gender.P, "7A",
                        LocalDate.of(2013, 5, 17), "Zainal", "0813 1111 2222"));

        try (Fixture f = Fixture.create(dir)) {
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.summary()).isEqualTo("new 3, updated 0, unchanged 0, errors 0");
            assertThat(p.missing()).hasSize(6);
            RosterImport.Result r = f.s.roster().apply(f.counselor, roster, RosterImport.Options.STRICT,
                    Progress.NONE);
            assertThat(r).isEqualTo(new RosterImport.Result(3, 0, 0, 0, 0));
            Student rafi = f.s.students().search(f.counselor, "0098765432", null, false, 0, 10).get(0);
            assertThat(rafi).isEqualTo(new Student(rafi.id(), "0098765432", "2627002", "Rafi Saputra", Gender.L,
                    "VIIB", LocalDate.of(2013, 2, 1), "Herman", "081298765432", true));
            Student citra = f.s.students().search(f.counselor, "Citra Dewi", null, false, 0, 10).get(0);
            assertThat(citra).isEqualTo(new Student(citra.id(), "0133608668", "2627003", "Citra Dewi", Gender.P,
                    "7A", LocalDate.of(2013, 5, 17), "Zainal", "0813 1111 2222", true));
        }
    }

    /** A school's own workbook: instructions on the first sheet, one header row, its own column names and order. */
    private Path schoolWorkbook() {
        return Workbooks.write(dir.resolve("siswa-2026.xlsx"), wb -> {
            Sheet help = wb.createSheet("Petunjuk");
            row(help, 1, "Isi data siswa di lembar berikutnya.");
            row(help, 2, "Kolom NISN wajib 10 angka.", "Nama wajib diisi.");
            Sheet s = wb.createSheet("Data Siswa");
            row(s, 1, "Kelas", "L/P", "Nama Siswa", "NIS", "NISN", "Tgl Lahir", "Nama Orang Tua", "No HP");
            row(s, 2, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
            row(s, 3, "8B", "L", "Bima Saputra", null, new Formatted(122222222, "0000000000"),
                    LocalDate.of(2012, 3, 1), "Ibu Wali", "081234567890");
            row(s, 4, "9B", "P", "Putri Lestari", null, new Formatted(111111111, "0000000000"),
                    LocalDate.of(2012, 3, 1));
            row(s, 5, "Kelas", "L/P", "Nama Siswa", "NIS", "NISN", "Tgl Lahir", "Nama Orang Tua", "No HP");
            row(s, 6, "7C", "P", "Nadia Utami", "2627044", 1234567890L, "2013-08-09", "Sofyan", 81377778888L);
            row(s, 8, "Jumlah", 3);
        });
    }

    @Test
    void aSchoolSheetWithItsOwnColumnNamesAndOrderIsMatchedByNisnAgainstTheDatabase() {
        RosterFile roster = RosterFiles.read(schoolWorkbook());
        assertThat(roster.sheet()).as("the instructions sheet has no header").isEqualTo("Data Siswa");
        assertThat(roster.headerFirstRow()).isEqualTo(1);
        assertThat(roster.headerLastRow()).isEqualTo(1);
        assertThat(roster.mapping()).containsEntry(RosterColumn.GUARDIAN_NAME, List.of("Nama Orang Tua"))
                .containsEntry(RosterColumn.GUARDIAN_PHONE, List.of("No HP"))
                .containsEntry(RosterColumn.GENDER, List.of("L/P"));
        assertThat(roster.rows()).as("column numbers, the repeated header and the total are no students")
                .extracting(RosterRow::rowNumber).containsExactly(3, 4, 6);
        assertThat(roster.rows().get(2).draft()).isEqualTo(new StudentDraft("1234567890", "2627044",
                "Nadia Utami", Gender.P, "7C", LocalDate.of(2013, 8, 9), "Sofyan", "081377778888"));

        try (Fixture f = Fixture.create(dir)) {
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.toAdd()).extracting(StudentDraft::name).containsExactly("Nadia Utami");
            assertThat(p.toUpdate()).singleElement().satisfies(u -> {
                assertThat(u.before().name()).isEqualTo("Putri Lestari");
                assertThat(u.after().className()).isEqualTo("9B");
                assertThat(u.after().guardianName()).as("kept: the file leaves it empty").isEqualTo("Ibu Wali");
                assertThat(u.changes()).containsExactly(RosterColumn.CLASS);
            });
            assertThat(p.unchanged()).isEqualTo(1);
            assertThat(p.missing()).extracting(Student::nisn)
                    .containsExactlyInAnyOrder("0133333333", "0144444444", "0155555555", "0166666666");
            assertThat(p.summary()).isEqualTo("new 1, updated 1, unchanged 1, errors 0");
        }
    }

    private Path workbookWithProblems() {
        return Workbooks.write(dir.resolve("salah.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "DATA SISWA KELAS 7");
            row(s, 3, "NISN", "Nama", "JK", "Kelas", "Tanggal Lahir", "Telepon Wali");
            row(s, 4, "0012345678", "Nayla Permata", "P", "7C", "17/05/2013");
            row(s, 5, "12345", "Nomor Pendek", "L", "7C");
            row(s, 6, 54321, "Angka Pendek", "L", "7C");
            row(s, 7, "0098765432", null, "L", "7C");
            row(s, 8, "0098765433", "Kelamin Aneh", "X", "7C");
            row(s, 9, "0098765434", "Tanggal Aneh", "L", "7C", "31/02/2013");
            row(s, 10, "0012345678", "Nayla Kembar", "P", "7C");
            row(s, 11, "0098765435", "Lahir Nanti", "P", "7C", LocalDate.of(2027, 1, 1));
            row(s, 12, "0098765436", "Tanpa Kelas", "P");
            row(s, 13, "0098765437", "Telepon Aneh", "L", "7C", null, "bukan nomor");
            row(s, 14, "0111111111", "Putri Lestari", "P", "9B");
        });
    }

    @Test
    void problemRowsAreNamedByTheirSpreadsheetRowAndAStrictImportLeavesTheDatabaseExactlyAsItWas() {
        RosterFile roster = RosterFiles.read(workbookWithProblems());
        try (Fixture f = Fixture.create(dir)) {
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.problems()).extracting(RosterProblem::rowNumber, RosterProblem::messageKey).containsExactly(
                    tuple(5, "student.error.nisnFormat"),
                    tuple(6, "student.error.nisnFormat"),
                    tuple(7, "student.error.nameMissing"),
                    tuple(8, "roster.problem.gender"),
                    tuple(9, "roster.problem.date"),
                    tuple(10, "roster.problem.duplicateNisn"),
                    tuple(11, "student.error.birthDate"),
                    tuple(12, "student.error.classMissing"),
                    tuple(13, "student.error.phone"));
            Messages m = Messages.indonesian();
            assertThat(p.problems()).extracting(pr -> m.get("roster.preview.row", pr.rowNumber(),
                    m.get(pr.messageKey(), pr.args().toArray()))).contains(
                    "Baris 8: jenis kelamin \"X\" tidak dikenal (pakai L atau P)",
                    "Baris 10: NISN sama dengan baris 4");
            assertThat(p.summary()).isEqualTo("new 1, updated 1, unchanged 0, errors 9");
            assertThat(p.missing()).hasSize(5);

            List<String> before = DatabaseDump.of(f.s.db());
            assertThatThrownBy(() -> f.s.roster().apply(f.counselor, roster, new RosterImport.Options(false, true),
                    Progress.NONE)).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("roster.error.hasProblems");
            assertThat(DatabaseDump.of(f.s.db())).as("same rows in every table").isEqualTo(before);

            RosterImport.Result r = f.s.roster().apply(f.counselor, roster, new RosterImport.Options(true, false),
                    Progress.NONE);
            assertThat(r).isEqualTo(new RosterImport.Result(1, 1, 0, 0, 9));
        }
    }

    @Test
    void anImportThatFailsHalfwayWritesNothing() {
        Path file = Workbooks.write(dir.resolve("banyak.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "JK", "Kelas");
            for (int i = 0; i < 60; i++) {
                row(s, i + 2, String.format("02%08d", i), "Siswa Nomor " + i, i % 2 == 0 ? "L" : "P", "7B");
            }
        });
        RosterFile roster = RosterFiles.read(file);
        try (Fixture f = Fixture.create(dir)) {
            List<String> before = DatabaseDump.of(f.s.db());
            Progress failing = new Progress() {
                @Override
                public void update(long done, long total) {
                    if (done == 30) {
                        throw new IllegalStateException("power cut");
                    }
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            assertThatThrownBy(() -> f.s.roster().apply(f.counselor, roster, new RosterImport.Options(false, true),
                    failing)).hasMessage("power cut");
            assertThat(DatabaseDump.of(f.s.db())).isEqualTo(before);
        }
    }

    @Test
    void aWorkbookWithoutAGenderColumnIsRefusedNamingTheColumn() {
        Path file = Workbooks.write(dir.resolve("tanpa-jk.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "Kelas");
            row(s, 2, "0012345678", "Nayla Permata", "7C");
        });
        assertThatThrownBy(() -> RosterFiles.read(file)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(Messages.indonesian().message((ValidationException) e))
                        .isEqualTo("Kolom Jenis kelamin tidak ditemukan di file."));
        Path none = Workbooks.write(dir.resolve("lain.xlsx"), wb -> row(wb.createSheet("Nilai"), 1, "Mapel",
                "Nilai"));
        assertThatThrownBy(() -> RosterFiles.read(none)).hasMessage("roster.error.noHeader");
    }

    @Test
    void visibleSheetsComeBeforeHiddenOnesAnd1904DatesAndFormulaResultsRead() {
        Path file = Workbooks.write(dir.resolve("dua-lembar.xlsx"), wb -> {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            Sheet old = wb.createSheet("Tahun lalu");
            row(old, 1, "NISN", "Nama", "JK", "Kelas");
            row(old, 2, "0012345678", "Nayla Permata", "P", "6A");
            Sheet current = wb.createSheet("Tahun ini");
            row(current, 1, "NISN", "Nama", "JK", "Kelas", "Tanggal Lahir");
            row(current, 2, "0012345678", "Nayla Permata", "P", null, LocalDate.of(2013, 5, 17));
            current.getRow(1).createCell(3).setCellFormula("\"7\"&\"A\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
        });
        RosterFile roster = RosterFiles.read(file);
        assertThat(roster.sheet()).isEqualTo("Tahun ini");
        assertThat(roster.rows()).singleElement().extracting(RosterRow::draft).isEqualTo(new StudentDraft(
                "0012345678", null, "Nayla Permata", Gender.P, "7A", LocalDate.of(2013, 5, 17), null, null));
    }

    @Test
    void theContentDecidesNotTheName() throws Exception {
        Path csvNamedXlsx = dir.resolve("sebenarnya-csv.xlsx");
        java.nio.file.Files.writeString(csvNamedXlsx, "NISN;Nama;JK;Kelas\n0012345678;Nayla Permata;P;7C\n");
        assertThat(RosterFiles.read(csvNamedXlsx).rows()).extracting(r -> r.draft().name())
                .containsExactly("Nayla Permata");
        Path xlsxNamedCsv = java.nio.file.Files.copy(schoolWorkbook(), dir.resolve("siswa.csv"));
        assertThat(RosterFiles.read(xlsxNamedCsv).sheet()).isEqualTo("Data Siswa");
    }
}
