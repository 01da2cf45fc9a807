package id.kantibekisah.backup;

import id.kantibekisah.cli.CliRunner;
import id.kantibekisah.common.Messages;
import id.kantibekisah.db.DatabaseInUseException;
import id.kantibekisah.db.DatabaseLock;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * One writer per database, across processes: a second copy is told who has the database and since when, and is
 * refused before it touches the file; a copy that was killed leaves no lock behind.
 */
class OneWriterTest {
    private static final PasswordHasher CHEAP = new PasswordHasher(1024, 1);

    @TempDir
    Path dir;

    @Test
    void aSecondProgramIsRefusedWhileAnotherProcessHasTheDatabaseAndMayOpenItAfterThatOneIsKilled()
            throws Exception {
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            db = f.dbFile;
        }
        Clock clock = Clock.fixed(Fixture.START.plusSeconds(3600), Fixture.ZONE);
        try (ChildProcess child = ChildProcess.start("hold", db, Files.createDirectories(dir.resolve("native")))) {
            assertThat(child.awaitReady(60)).isTrue();

            DatabaseInUseException e = (DatabaseInUseException) catchThrowable(() -> AppServices.open(db, clock,
                    CHEAP));
            assertThat(e).isNotNull();
            DatabaseLock.Owner owner = e.owner().orElseThrow();
            assertThat(owner.pid()).isEqualTo(child.pid());
            assertThat(owner.user()).isEqualTo(System.getProperty("user.name"));
            assertThat(owner.since()).isEqualTo(Fixture.START);
            assertThat(Messages.indonesian().message(e)).contains("sudah terbuka di komputer ini")
                    .contains("oleh " + owner.user());

            // The command line: writing commands are refused the same way; backup and verify only read.
            CliRunner cli = new CliRunner(clock);
            assertThat(cli.run("--db", db.toString(), "init")).isEqualTo(1);
            assertThat(cli.err()).contains("sudah terbuka di komputer ini");
            assertThat(cli.run("--db", db.toString(), "verify")).isEqualTo(0);
            assertThat(cli.run("--db", db.toString(), "backup")).isEqualTo(0);
            assertThat(cli.out()).contains("Cadangan dibuat dan diperiksa");

            child.kill();
        }
        try (AppServices s = AppServices.open(db, clock, CHEAP)) {
            assertThat(s.startup().orElseThrow().lock().owner().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aSecondProgramIsToldWhetherAWindowOrWhichCommandHoldsTheDatabaseWhoAndSinceWhen() throws Exception {
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            db = f.dbFile;
        }
        Clock clock = Clock.fixed(Fixture.START.plusSeconds(3600), Fixture.ZONE);
        CliRunner cli = new CliRunner(clock);
        String user = System.getProperty("user.name");
        try {
            DatabaseLock.describeProgram("import-roster");
            try (DatabaseLock held = DatabaseLock.acquire(db, Clock.fixed(Fixture.START, Fixture.ZONE))) {
                DatabaseLock.describeProgram(null);
                assertThat(DatabaseLock.readOwner(held.file()).orElseThrow().program()).isEqualTo("import-roster");
                assertThat(cli.run("--db", db.toString(), "init")).isEqualTo(1);
                assertThat(cli.err()).contains("Perintah import-roster sedang berjalan di komputer ini")
                        .contains("oleh " + user + " sejak 24 November 2026").contains("Tunggu sampai perintah itu")
                        .doesNotContain("jendela");
                assertThat(cli.run("--lang", "en", "--db", db.toString(), "seed-demo")).isEqualTo(1);
                assertThat(cli.err()).contains("The command import-roster is running on this computer");
            }
            DatabaseLock.describeProgram(DatabaseLock.WINDOW);
            try (DatabaseLock held = DatabaseLock.acquire(db, Clock.fixed(Fixture.START, Fixture.ZONE))) {
                DatabaseLock.describeProgram(null);
                assertThat(cli.run("--db", db.toString(), "init")).isEqualTo(1);
                assertThat(cli.err()).contains("sudah terbuka di komputer ini: jendela program, dibuka oleh " + user)
                        .doesNotContain("Perintah");
            }
        } finally {
            DatabaseLock.describeProgram(null);
        }
        // The command that ran wrote its own name while it held the lock; it is gone again once it has finished.
        assertThat(cli.run("--db", db.toString(), "init")).isEqualTo(0);
        assertThat(Files.size(DatabaseLock.lockFileOf(db))).isZero();
    }
}
