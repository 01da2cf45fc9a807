package id.kantibekisah.cli;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.db.Database;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.HexFormat;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** backup, restore and verify on the command line: what they print, their exit codes, what they leave alone. */
class BackupCliTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(Clock.fixed(Fixture.START, Fixture.ZONE));

    private Path seeded() {
        try (Fixture f = Fixture.create(dir)) {
            f.newCase();
            f.newCase();
            return f.dbFile;
        }
    }

    /** One more intake, through the real service, in the closed database. */
    private static void addACase(Path db) {
        try (AppServices s = AppServices.open(db, Clock.fixed(Fixture.START, Fixture.ZONE), new PasswordHasher(1024, 1))) {
            long cadre = s.db().<Long>read(q -> q.longValue("SELECT id FROM users WHERE username = 'kader.satu'"));
            long student = s.db().<Long>read(q -> q.longValue("SELECT min(id) FROM students"));
            s.cases().submitIntake(new Actor(cadre, "kader.satu", "Kader", Role.CADRE, null),
                    new IntakeDraft(List.of(new PartyDraft(student, PartyRole.VICTIM)), Category.BULLYING_VERBAL,
                            "Diejek terus di kelas oleh teman sebangku.", IncidentLocation.CLASSROOM, null,
                            LocalDate.of(2026, 11, 24), null, RiskLevel.MEDIUM, Knowledge.SAW));
        }
    }

    private static long cases(Path db) {
        try (Database d = Database.openReadOnly(db)) {
            return d.<Long>read(s -> s.longValue("SELECT count(*) FROM cases"));
        }
    }

    @Test
    void backupWritesACheckedCopyIntoTheBackupFolderOrWhereOutSays() throws IOException {
        Path db = seeded();
        assertThat(cli.run("--db", db.toString(), "backup")).isEqualTo(Cli.OK);
        Path daily = dir.resolve("backups/test-2026-11-24.db");
        assertThat(cli.out()).contains("Cadangan dibuat dan diperiksa: " + daily);
        assertThat(cases(daily)).isEqualTo(2);

        Path usb = Files.createDirectories(dir.resolve("usb"));
        assertThat(cli.run("--db", db.toString(), "backup", "--out", usb.resolve("kb.db").toString()))
                .isEqualTo(Cli.OK);
        assertThat(cases(usb.resolve("kb.db"))).isEqualTo(2);
        assertThat(cli.run("--db", db.toString(), "backup", "--out", usb.toString())).isEqualTo(Cli.OK);
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("test-2026-11-24-0900.db");
        }

        Path notes = Files.writeString(usb.resolve("catatan.txt"), "penting");
        assertThat(cli.run("--lang", "en", "--db", db.toString(), "backup", "--out", notes.toString()))
                .isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains("is not a Kanti Bekisah backup, so it was not overwritten");
        assertThat(Files.readString(notes)).isEqualTo("penting");
    }

    @Test
    void restorePutsABackupBackAndKeepsTheDataItReplaced() throws IOException {
        Path db = seeded();
        cli.run("--db", db.toString(), "backup", "--out", dir.resolve("dua-kasus.db").toString());
        addACase(db);
        assertThat(cases(db)).isEqualTo(3);
        assertThat(cli.run("--db", db.toString(), "restore", dir.resolve("dua-kasus.db").toString()))
                .isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("Data dipulihkan dari").contains("2 kasus").contains("sebelum-pemulihan");
        assertThat(cases(db)).isEqualTo(2);
        assertThat(cli.run("--db", db.toString(), "verify")).isEqualTo(Cli.OK);

        Path junk = Files.writeString(dir.resolve("junk.db"), "bukan basis data ".repeat(100));
        assertThat(cli.run("--db", db.toString(), "restore", junk.toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains("bukan basis data Kanti Bekisah").contains("Data sekarang tidak diubah");
        assertThat(cli.run("--db", db.toString(), "restore", dir.resolve("none.db").toString())).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains("tidak ditemukan");
    }

    @Test
    void aDamagedDatabaseFailsVerifyIsNotBackedUpOrWrittenToAndRestoreReplacesIt() throws Exception {
        Path db = seeded();
        cli.run("--db", db.toString(), "backup");
        Path good = dir.resolve("backups/test-2026-11-24.db");
        flipRootPageOfCases(db);
        String damaged = sha256(db);

        assertThat(cli.run("--db", db.toString(), "verify")).isEqualTo(Cli.FAILED);
        assertThat(cli.out()).contains("Kerusakan:");
        assertThat(cli.run("--db", db.toString(), "backup")).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains("basis data saat ini rusak, jadi tidak disalin");
        assertThat(cli.run("--db", db.toString(), "init")).isEqualTo(Cli.FAILED);
        assertThat(cli.err()).contains("rusak").contains("restore \"" + good + "\"");
        assertThat(sha256(db)).as("nothing wrote to the damaged file").isEqualTo(damaged);
        assertThat(cases(good)).as("the good backup was not replaced by a bad one").isEqualTo(2);

        assertThat(cli.run("--db", db.toString(), "restore", good.toString())).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("Basis data yang rusak diganti dengan " + good).contains("rusak-");
        assertThat(cli.run("--db", db.toString(), "verify")).isEqualTo(Cli.OK);
        assertThat(cases(db)).isEqualTo(2);
    }

    private static void flipRootPageOfCases(Path db) throws IOException {
        long page;
        try (Database d = Database.openReadOnly(db)) {
            page = d.<Long>read(s -> s.longValue("SELECT rootpage FROM sqlite_schema WHERE name = 'cases'"));
        }
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek((page - 1) * 4096);
            raf.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 0x7f, 0x7f, 0x7f});
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
