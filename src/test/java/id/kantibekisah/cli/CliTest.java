package id.kantibekisah.cli;

import id.kantibekisah.db.DataPaths;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.seal.ProtectedExportTest;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line in-process: output, messages and the exit codes 0 (done), 1 (refused), 2 (usage). */
class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<Cli.GuiOptions> windows = new ArrayList<>();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), windows::add,
                Clock.fixed(Fixture.START, Fixture.ZONE));
    }

    @Test
    void helpListsOnlyCommandsThatWork() {
        assertThat(run("--help")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("init", "seed-demo", "import-roster", "verify", "export-report", "backup",
                "restore", "--db");
        assertThat(run("--version")).isEqualTo(Cli.OK);
        assertThat(out.toString()).startsWith("Kanti Bekisah ");
    }

    @Test
    void aUsageErrorExitsWithTwo() {
        assertThat(run("--no-such-option")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--no-such-option");
        assertThat(run("import-roster")).isEqualTo(Cli.USAGE);
        assertThat(run("frobnicate")).isEqualTo(Cli.USAGE);
    }

    @Test
    void withoutACommandTheWindowOpensOnTheChosenDatabase() {
        assertThat(run("--db", dir.resolve("x.db").toString(), "--lang", "en")).isEqualTo(Cli.OK);
        assertThat(windows).singleElement().satisfies(w -> {
            assertThat(w.database()).isEqualTo(dir.resolve("x.db"));
            assertThat(w.locale().getLanguage()).isEqualTo("en");
            assertThat(w.demo()).isFalse();
        });
    }

    @Test
    void theLaunchersShortcutWithoutArgumentsOpensWhatTheCommandLineOpensWhenGivenNothing() {
        // Launcher skips the parser when there are no arguments (start-up time); both ways must open the same.
        assertThat(run()).isEqualTo(Cli.OK);
        assertThat(windows).singleElement().isEqualTo(Cli.GuiOptions.defaults());
        assertThat(Cli.GuiOptions.defaults().database()).isEqualTo(DataPaths.defaultDatabase());
    }

    @Test
    void initCreatesTheDatabaseAndSeedDemoFillsItOnce() throws Exception {
        Path db = dir.resolve("sekolah.db");
        assertThat(run("--db", db.toString(), "init")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Basis data siap");
        try (Database d = Database.open(db)) {
            assertThat(d.userVersion()).isEqualTo(Migrations.latestVersion());
        }
        assertThat(run("--db", db.toString(), "init")).as("init again is harmless").isEqualTo(Cli.OK);

        assertThat(run("--db", db.toString(), "seed-demo")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("300 siswa", "bk.rahma");
        assertThat(run("--db", db.toString(), "seed-demo")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("sudah berisi data");
        assertThat(Files.exists(db)).isTrue();
    }

    @Test
    void importRosterPrintsThePreviewAndExitsOneWithoutWritingWhenARowIsWrong() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "NISN;Nama;JK;Kelas\n0012345678;Nayla Permata;P;7C\n12345;Salah;L;7C\n");
        assertThat(run("--db", db.toString(), "import-roster", bad.toString())).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("Baris 3: NISN harus 10 angka.")
                .contains("new 1, updated 0, unchanged 0, errors 1");
        assertThat(err.toString()).contains("tidak ada yang diimpor");
        assertThat(students(db)).isZero();

        assertThat(run("--db", db.toString(), "import-roster", "--skip-invalid", bad.toString()))
                .isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("new 1, updated 0, unchanged 0, errors 1");
        assertThat(students(db)).isEqualTo(1);
    }

    @Test
    void importRosterDryRunWritesNothing() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path good = dir.resolve("good.csv");
        Files.writeString(good, "NISN,Nama,JK,Kelas\n0012345678,Nayla Permata,P,7C\n");
        assertThat(run("--db", db.toString(), "import-roster", "--dry-run", good.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("new 1, updated 0, unchanged 0, errors 0");
        assertThat(students(db)).isZero();
        assertThat(run("--db", db.toString(), "import-roster", good.toString())).isEqualTo(Cli.OK);
        assertThat(students(db)).isEqualTo(1);
        assertThat(run("--db", db.toString(), "import-roster", good.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("new 0, updated 0, unchanged 1, errors 0");
    }

    @Test
    void badInputGetsAClearMessageAndExitCodeOne() throws Exception {
        Path db = dir.resolve("sekolah.db");
        assertThat(run("--db", db.toString(), "import-roster", dir.resolve("missing.csv").toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("tidak ditemukan");
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "NISN,Nama,JK,Kelas\n0012345678,Nayla Permata,P,7C\n");
        assertThat(run("--db", db.toString(), "import-roster", csv.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("Jalankan perintah init");
        assertThat(Files.exists(db)).as("no stray database created by a typo").isFalse();

        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "bukan basis data ".repeat(200));
        assertThat(run("--db", junk.toString(), "init")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("bukan basis data Kanti Bekisah");
        assertThat(run("--lang", "en", "--db", junk.toString(), "init")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("not a Kanti Bekisah database");
    }

    @Test
    void importRosterReadsTheDapodikSampleAndMarksMissingStudentsInactive() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path csv = dir.resolve("lama.csv");
        Files.writeString(csv, "NISN,Nama,JK,Kelas\n0012345678,Siswa Lama,P,9A\n");
        assertThat(run("--db", db.toString(), "import-roster", csv.toString())).isEqualTo(Cli.OK);

        Path sample = Path.of("sample-data", "dapodik-daftar-peserta-didik.xlsx");
        assertThat(run("--db", db.toString(), "import-roster", "--dry-run", sample.toString())).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("Kolom yang dikenali (lembar \"Daftar PD\", judul kolom di baris 5\u20136):",
                "Nama wali              <- Data Wali / Nama (bila kosong: Data Ayah / Nama, Data Ibu / Nama)",
                "Baru 300, diperbarui 0, tetap 0, bermasalah 0, tidak ada di file 1.",
                "new 300, updated 0, unchanged 0, errors 0");
        assertThat(students(db)).isEqualTo(1);

        assertThat(run("--db", db.toString(), "import-roster", "--deactivate-missing", sample.toString()))
                .isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("0012345678  Siswa Lama", "new 300, updated 0, unchanged 0, errors 0, "
                + "deactivated 1");
        assertThat(students(db)).as("deactivated, not deleted").isEqualTo(301);
        try (Database d = Database.open(db)) {
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM students WHERE active = 1")))
                    .isEqualTo(300);
        }
    }

    @Test
    void aHostileRosterFileIsRefusedWithItsMessageAndNoStackTrace() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path xls = dir.resolve("siswa.xls");
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
             java.io.OutputStream o = Files.newOutputStream(xls)) {
            wb.createSheet("Siswa").createRow(0).createCell(0).setCellValue("NISN");
            wb.write(o);
        }
        assertThat(run("--db", db.toString(), "import-roster", xls.toString())).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).startsWith("Gagal: File siswa.xls berformat Excel 97\u20132003 (.xls)")
                .contains("Buku Kerja Excel (*.xlsx)").doesNotContain("Exception", "\tat ");
        Path junk = Files.write(dir.resolve("rusak.xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 9, 9, 9});
        assertThat(run("--lang", "en", "--db", db.toString(), "import-roster", junk.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("The Excel file rusak.xlsx is damaged or incomplete")
                .doesNotContain("Exception");
        assertThat(students(db)).isZero();
    }

    @Test
    void verifyPassesASoundDatabaseAndNamesTheFirstTamperedAuditRow() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path csv = dir.resolve("ok.csv");
        Files.writeString(csv, "NISN,Nama,JK,Kelas\n0012345678,Nayla Permata,P,7C\n0012345679,Rafi,L,7C\n");
        run("--db", db.toString(), "import-roster", csv.toString());
        assertThat(run("--db", db.toString(), "verify")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("baik");

        long tampered;
        try (Database d = Database.open(db)) {
            tampered = d.<Long>read(s -> s.longValue("SELECT max(id) FROM audit_log WHERE action = 'ROSTER_IMPORT'"));
            d.tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.update("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?", tampered);
                return null;
            });
        }
        assertThat(run("--db", db.toString(), "verify")).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("mulai baris " + tampered);
        assertThat(run("--db", dir.resolve("none.db").toString(), "verify")).isEqualTo(Cli.FAILED);
    }

    @Test
    void verifyNamesTheRowAfterARemovedAuditRowAndAnUntouchedCopyStillPasses() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        run("--db", db.toString(), "init");
        run("--db", db.toString(), "init");
        Path copy = dir.resolve("salinan.db");
        try (Database d = Database.open(db)) {
            d.withoutTransaction(s -> s.execute("VACUUM INTO '" + copy + "'"));
        }
        long removed;
        try (Database d = Database.open(db)) {
            removed = d.<Long>read(s -> s.longValue("SELECT min(id) + 1 FROM audit_log"));
            d.tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_delete");
                s.update("DELETE FROM audit_log WHERE id = ?", removed);
                return null;
            });
        }
        assertThat(run("--db", db.toString(), "verify")).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("mulai baris " + (removed + 1));
        assertThat(run("--lang", "en", "--db", db.toString(), "verify")).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("from row " + (removed + 1));
        assertThat(run("--db", copy.toString(), "verify")).isEqualTo(Cli.OK);
    }

    @Test
    void exportReportWritesThePseudonymisedWorkbookUnlessFullIsAsked() throws Exception {
        Path db = dir.resolve("sekolah.db");
        assertThat(run("--db", db.toString(), "seed-demo")).isEqualTo(Cli.OK);
        Path out = dir.resolve("laporan.xlsx");
        assertThat(run("--db", db.toString(), "export-report", "--term", "2026/2027-1", "--out", out.toString()))
                .isEqualTo(Cli.OK);
        assertThat(out.toString()).isNotBlank();
        assertThat(this.out.toString()).contains("Laporan disimpan", "Versi disamarkan", "kasus");
        String nisn;
        String name;
        try (Database d = Database.open(db)) {
            nisn = d.read(s -> s.string("""
                    SELECT s.nisn FROM students s JOIN case_parties p ON p.student_id = s.id
                      JOIN cases c ON c.id = p.case_id JOIN terms t ON t.id = c.term_id
                     WHERE t.academic_year = '2026/2027' ORDER BY c.id LIMIT 1""")).orElseThrow();
            name = d.read(s -> s.string("SELECT name FROM students WHERE nisn = ?", nisn)).orElseThrow();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            String all = allText(wb);
            assertThat(all).doesNotContain(nisn, name);
        }
        Path full = dir.resolve("lengkap.xlsx");
        Path passwordFile = dir.resolve("sandi.txt");
        Files.writeString(passwordFile, "KonselorDemo#1\n");
        assertThat(run("--db", db.toString(), "export-report", "--term", "2026/2027-1", "--out", full.toString(),
                "--full", "--as-user", "bk.rahma", "--password-file", passwordFile.toString(),
                "--no-file-password")).isEqualTo(Cli.OK);
        assertThat(this.out.toString()).contains("RAHASIA");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(full))) {
            assertThat(allText(wb)).contains(nisn, name);
        }
        // protected: the default, the password from a file
        Path filePassword = dir.resolve("sandi-berkas.txt");
        Files.writeString(filePassword, "Amplop-Coklat-27\n");
        assertThat(run("--db", db.toString(), "export-report", "--term", "2026/2027-1", "--out", full.toString(),
                "--full", "--as-user", "bk.rahma", "--password-file", passwordFile.toString(),
                "--file-password-file", filePassword.toString())).isEqualTo(Cli.OK);
        assertThat(this.out.toString()).contains("dilindungi kata sandi");
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(full.toFile(), "Amplop-Coklat-27", true)) {
            assertThat(allText((XSSFWorkbook) wb)).contains(nisn, name);
        }
        try (Database d = Database.open(db)) {
            assertThat(d.<Long>read(s -> s.longValue(
                    "SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT' AND username = 'cli'")))
                    .isEqualTo(1);
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'"
                    + " AND username = 'bk.rahma' AND outcome = 'OK' AND detail LIKE '%FULL%'"))).isEqualTo(2);
        }
    }

    @Test
    void theFullReportNeedsTheLogInOfAUserWhoMayReadCasesAndNeverTakesAPasswordOnTheCommandLine() throws Exception {
        Path db = dir.resolve("sekolah.db");
        assertThat(run("--db", db.toString(), "seed-demo")).isEqualTo(Cli.OK);
        Path full = dir.resolve("lengkap.xlsx");
        String[] export = {"--db", db.toString(), "export-report", "--out", full.toString(), "--full"};

        // the operator alone: refused, audited, and told what to do
        assertThat(run(export)).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("--as-user");
        assertThat(full).doesNotExist();
        try (Database d = Database.open(db)) {
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'"
                    + " AND username = 'cli' AND outcome = 'REFUSED'"))).isEqualTo(1);
        }
        // no terminal to ask on (as under a scheduler) and no file: a clear message
        assertThat(run(with(export, "--as-user", "bk.rahma"))).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("--password-file");
        // a password on the command line is not an option at all
        assertThat(run(with(export, "--as-user", "bk.rahma", "--password", "KonselorDemo#1"))).isEqualTo(Cli.USAGE);
        // a wrong password, a missing file, a user who may not: exit 1, nothing written
        Path wrong = dir.resolve("salah.txt");
        Files.writeString(wrong, "bukan-sandinya\n");
        assertThat(run(with(export, "--as-user", "bk.rahma", "--password-file", wrong.toString())))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("salah");
        assertThat(run(with(export, "--as-user", "bk.rahma", "--password-file", dir.resolve("tidak-ada").toString())))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("tidak-ada");
        Path principal = dir.resolve("kepsek.txt");
        Files.writeString(principal, "KepsekDemo#2026");
        assertThat(run(with(export, "--as-user", "kepsek", "--password-file", principal.toString())))
                .isEqualTo(Cli.FAILED);
        assertThat(full).doesNotExist();
        // typed on the terminal: works, audited as that user
        CliLogin.terminal = prompt -> (prompt.contains("bk.yusuf") ? "KonselorDemo#2" : "Amplop-Coklat-27")
                .toCharArray();
        try {
            assertThat(run(with(export, "--as-user", "bk.yusuf"))).isEqualTo(Cli.OK);
        } finally {
            CliLogin.terminal = CliLogin.CONSOLE;
        }
        ProtectedExportTest.assertEncryptedAgileAes256(full);
        try (Database d = Database.open(db)) {
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'"
                    + " AND username = 'bk.yusuf' AND outcome = 'OK'"))).isEqualTo(1);
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'"
                    + " AND username = 'kepsek' AND outcome = 'REFUSED'"))).isEqualTo(1);
            assertThat(d.<Long>read(s -> s.longValue("SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAILED'"
                    + " AND username = 'bk.rahma'"))).isEqualTo(1);
        }
    }

    private static String[] with(String[] args, String... more) {
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void exportReportRefusesAnUnknownTermAndABadRange() {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path out = dir.resolve("x.xlsx");
        assertThat(run("--db", db.toString(), "export-report", "--term", "2019/2020-1", "--out", out.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("2019/2020-1");
        assertThat(run("--db", db.toString(), "export-report", "--from", "31/12/2026", "--to", "01/07/2026",
                "--out", out.toString())).isEqualTo(Cli.FAILED);
        assertThat(run("--db", db.toString(), "export-report", "--from", "01/07/2026", "--to", "30/09/2026",
                "--out", out.toString())).isEqualTo(Cli.OK);
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void exportReportDefaultsToTheCurrentTermHasHelpAndRefusesANonXlsxName() throws Exception {
        Path db = dir.resolve("sekolah.db");
        run("--db", db.toString(), "init");
        Path out = dir.resolve("sekarang.xlsx");
        assertThat(run("--db", db.toString(), "export-report", "--out", out.toString())).isEqualTo(Cli.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .contains("Semester Ganjil Tahun Pelajaran 2026/2027");
        }
        this.out.getBuffer().setLength(0);
        assertThat(run("export-report", "--help")).isEqualTo(Cli.OK);
        assertThat(this.out.toString()).contains("--term", "--out", "current term");
        Path pdf = dir.resolve("laporan.pdf");
        assertThat(run("--db", db.toString(), "export-report", "--out", pdf.toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("laporan.pdf", ".xlsx");
        assertThat(pdf).doesNotExist();
    }

    private static String allText(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        DataFormatter fmt = new DataFormatter();
        wb.forEach(sheet -> sheet.forEach(row -> row.forEach(c -> sb.append(fmt.formatCellValue(c)).append('\n'))));
        return sb.toString();
    }

    private static long students(Path db) {
        try (Database d = Database.open(db)) {
            return d.<Long>read(s -> s.longValue("SELECT count(*) FROM students"));
        }
    }
}
