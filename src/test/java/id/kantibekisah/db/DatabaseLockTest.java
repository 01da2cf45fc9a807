package id.kantibekisah.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseLockTest {
    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);

    @Test
    void theLockFileSaysWhoHoldsItAndIsEmptiedButKeptOnRelease() throws Exception {
        Path db = dir.resolve("kanti-bekisah.db");
        try (DatabaseLock lock = DatabaseLock.acquire(db, clock)) {
            assertThat(lock.file()).isEqualTo(dir.resolve("kanti-bekisah.db.lock"));
            assertThat(DatabaseLock.readOwner(lock.file())).contains(lock.owner());
            assertThat(lock.owner().since()).isEqualTo(clock.instant());
            assertThatThrownBy(() -> DatabaseLock.acquire(db, clock)).isInstanceOf(DatabaseInUseException.class);
        }
        assertThat(Files.size(dir.resolve("kanti-bekisah.db.lock"))).isZero();
        try (DatabaseLock again = DatabaseLock.acquire(db, clock)) {
            assertThat(again.owner().pid()).isEqualTo(ProcessHandle.current().pid());
        }
    }

    @Test
    void aStaleLockFileLeftByACrashDoesNotBlock() throws Exception {
        Path db = dir.resolve("kanti-bekisah.db");
        Files.writeString(DatabaseLock.lockFileOf(db), new DatabaseLock.Owner("bu.rahma", "PC-BK", Instant.EPOCH, 4242)
                .serialise());
        try (DatabaseLock lock = DatabaseLock.acquire(db, clock)) {
            assertThat(lock.owner().user()).isEqualTo(System.getProperty("user.name"));
        }
    }
}
