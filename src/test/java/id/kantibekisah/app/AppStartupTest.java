package id.kantibekisah.app;

import id.kantibekisah.backup.BackupFailedException;
import id.kantibekisah.backup.StartupPrompts;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseInUseException;
import id.kantibekisah.db.DatabaseLock;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window's start and exit without the window: the day's backup at start, the renewed one on exit. */
class AppStartupTest {
    private static final PasswordHasher CHEAP = new PasswordHasher(1024, 1);

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Fixture.START, Fixture.ZONE);

    private static long cases(Path file) {
        try (Database db = Database.openReadOnly(file)) {
            return db.<Long>read(s -> s.longValue("SELECT count(*) FROM cases"));
        }
    }

    @Test
    void theFirstStartOfTheDayBacksUpAndTheExitRenewsTheCopyAndReleasesTheDatabase() {
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            f.newCase();
            db = f.dbFile;
        }
        Path today = dir.resolve("backups/test-2026-11-24.db");
        AppServices s = AppStartup.open(db, false, clock, CHEAP, StartupPrompts.NONE);
        assertThat(cases(today)).isEqualTo(1);

        s.db().tx(q -> q.update("UPDATE cases SET risk = 'HIGH'"));
        AppStartup.closeWithBackup(s);

        try (Database copy = Database.openReadOnly(today)) {
            assertThat(copy.<Long>read(q -> q.longValue("SELECT count(*) FROM cases WHERE risk = 'HIGH'")))
                    .isEqualTo(1);
        }
        try (DatabaseLock lock = DatabaseLock.acquire(db, clock)) {
            assertThat(lock.owner().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aSecondCopyIsToldThroughThePromptsAndAFailedDailyBackupDoesNotStopTheProgram() throws Exception {
        List<Object> told = new ArrayList<>();
        StartupPrompts prompts = new StartupPrompts() {
            @Override
            public Optional<Path> damaged(id.kantibekisah.backup.DamagedDatabase d,
                                          id.kantibekisah.common.ServiceException last) {
                return Optional.empty();
            }

            @Override
            public void inUse(DatabaseInUseException e) {
                told.add(e);
            }

            @Override
            public void backupFailed(BackupFailedException e) {
                told.add(e);
            }
        };
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> AppStartup.open(f.dbFile, false, clock, CHEAP, prompts))
                    .isInstanceOf(DatabaseInUseException.class);
            assertThat(told).singleElement().isInstanceOf(DatabaseInUseException.class);
            String aFile = java.nio.file.Files.writeString(dir.resolve("a-file"), "x").toString();
            f.s.db().tx(q -> q.update("INSERT INTO settings (key, value) VALUES ('backupFolder', ?)", aFile));
        }
        told.clear();
        AppServices s = AppStartup.open(dir.resolve("test.db"), false, clock, CHEAP, prompts);
        try {
            assertThat(told).singleElement().isInstanceOf(BackupFailedException.class);
            assertThat(s.users().hasUsers()).as("the program is usable").isTrue();
        } finally {
            AppStartup.closeWithBackup(s);
        }
    }
}
