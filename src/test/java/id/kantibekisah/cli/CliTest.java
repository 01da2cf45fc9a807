package id.kantibekisah.cli;

import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.testing.Fixture;
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
        assertThat(out.toString()).contains("init", "seed-demo", "import-roster", "verify", "backup", "restore", "--db")
                .doesNotContain("export-report");
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

    private static long students(Path db) {
        try (Database d = Database.open(db)) {
            return d.<Long>read(s -> s.longValue("SELECT count(*) FROM students"));
        }
    }
}
