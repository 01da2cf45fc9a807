package id.kantibekisah.db;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.Progress;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The database, its side files, backups and the folders made for them are readable by their user only, whatever
 * the umask (the JVM's is the usual 022, which made them 0644 / 0755 before). POSIX file systems only: Windows
 * keeps them in the user's own profile folder.
 */
class PrivateFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() {
        assumeTrue(PrivateFiles.posix(dir), "POSIX permissions");
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    @Test
    void aNewDatabaseItsSideFilesAndItsFoldersAreTheUsersOnly() throws IOException {
        Path db = dir.resolve("data").resolve("kanti-bekisah").resolve("kanti-bekisah.db");
        try (AppServices s = AppServices.open(db, Clock.fixed(Fixture.START, Fixture.ZONE),
                new PasswordHasher(1024, 1))) {
            s.db().tx(sql -> sql.update("INSERT INTO settings (key, value) VALUES ('x', 'y')"));
            assertThat(mode(db)).isEqualTo("rw-------");
            assertThat(mode(db.resolveSibling("kanti-bekisah.db-wal"))).isEqualTo("rw-------");
            assertThat(mode(db.resolveSibling("kanti-bekisah.db-shm"))).isEqualTo("rw-------");
            assertThat(mode(db.getParent())).isEqualTo("rwx------");
            assertThat(mode(db.getParent().getParent())).isEqualTo("rwx------");
        }
    }

    @Test
    void anOlderWorldReadableDatabaseIsMadeTheUsersOnlyWhenOpened() throws IOException {
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            db = f.dbFile;
        }
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("rw-r--r--"));
        try (Database d = Database.open(db)) {
            assertThat(mode(db)).isEqualTo("rw-------");
        }
    }

    @Test
    void backupsAndTheirFoldersAreTheUsersOnly() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(f.admin.role()).isEqualTo(Role.ADMIN);
            Path daily = f.s.backups().backupNow(f.admin, Progress.NONE).path();
            assertThat(mode(daily)).isEqualTo("rw-------");
            assertThat(mode(daily.getParent())).isEqualTo("rwx------");

            Path usb = f.s.backups().backupTo(f.admin, dir.resolve("usb").resolve("Cadangan"), Progress.NONE);
            assertThat(mode(usb)).isEqualTo("rw-------");
            assertThat(mode(usb.getParent())).isEqualTo("rwx------");
        }
    }
}
