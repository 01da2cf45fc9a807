package id.kantibekisah.backup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.db.DatabaseInUseException;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.NetworkLocation;
import id.kantibekisah.db.TestNetworks;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening the database: damage found before anything writes, backup before a schema update, one writer. */
class DatabaseStartupTest {
    private static final PasswordHasher CHEAP = new PasswordHasher(1024, 1);
    private static final Clock CLOCK = Clock.fixed(Fixture.START, Fixture.ZONE);

    @TempDir
    Path dir;

    /** A fixture database with two cases, a backup of it, then a third case; closed. Returns the backup. */
    private Path databaseWithABackupAndOneLaterCase(Fixture f) {
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.caseIn(CaseStatus.NEW);
        BackupFile backup = f.s.backups().dailyIfDue().orElseThrow();
        f.clock.advance(Duration.ofHours(3));
        f.newCase();
        f.close();
        return backup.path();
    }

    private static long cases(AppServices s) {
        return s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM cases"));
    }

    @Test
    void aByteFlippedDatabaseIsNeverWrittenToAndTheNewestGoodBackupIsOffered() throws IOException {
        Fixture f = Fixture.create(dir);
        Path backup = databaseWithABackupAndOneLaterCase(f);
        Damage.flipRootPageOf(f.dbFile, "cases");
        String damaged = Damage.sha256(f.dbFile);

        List<DamagedDatabase> asked = new ArrayList<>();
        assertThatThrownBy(() -> AppServices.open(f.dbFile, f.clock, CHEAP, (d, last) -> {
            asked.add(d);
            return Optional.empty();
        })).isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(Messages.indonesian().message((ServiceException) e))
                        .contains("rusak").contains("File itu tidak diubah").contains(backup.toString()));

        assertThat(Damage.sha256(f.dbFile)).as("not a byte written").isEqualTo(damaged);
        assertThat(asked).singleElement().satisfies(d -> {
            assertThat(d.findings()).isNotEmpty();
            assertThat(d.newestGood()).map(BackupInfo::file).contains(backup);
            assertThat(d.newestGood().orElseThrow().cases()).isEqualTo(2);
        });
        assertThat(AppServices.open(dir.resolve("other.db"), f.clock, CHEAP)).as("the lock was released")
                .satisfies(AppServices::close);
    }

    @Test
    void choosingTheOfferedBackupReplacesTheDamagedFileAndKeepsItForInspection() throws IOException {
        Fixture f = Fixture.create(dir);
        Path backup = databaseWithABackupAndOneLaterCase(f);
        Damage.flipRootPageOf(f.dbFile, "cases");
        String damaged = Damage.sha256(f.dbFile);

        try (AppServices s = AppServices.open(f.dbFile, f.clock, CHEAP,
                (d, last) -> d.newestGood().map(BackupInfo::file))) {
            assertThat(cases(s)).isEqualTo(2);
            Recovery.Result r = s.startup().orElseThrow().recovered().orElseThrow();
            assertThat(r.keptDamaged().getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(r.keptDamaged().getFileName().toString()).startsWith("rusak-");
            assertThat(Damage.sha256(r.keptDamaged().resolve("test.db"))).isEqualTo(damaged);
            AuditEntry row = s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.RESTORE);
            assertThat(row.username()).isEqualTo("startup");
            assertThat(row.detail()).contains(backup.toString()).contains(r.keptDamaged().toString());
            assertThat(s.backups().check(Actor.commandLine()).ok()).isTrue();
        }
    }

    @Test
    void aDamagedNewestBackupIsPassedOverForTheNewestGoodOne() throws IOException {
        Fixture f = Fixture.create(dir);
        f.newCase();
        Path older = f.s.backups().dailyIfDue().orElseThrow().path();
        f.clock.advance(Duration.ofDays(1));
        f.newCase();
        Path newer = f.s.backups().dailyIfDue().orElseThrow().path();
        f.close();
        Damage.flipRootPageOf(newer, "cases");
        Damage.flipRootPageOf(f.dbFile, "cases");

        assertThatThrownBy(() -> AppServices.open(f.dbFile, f.clock, CHEAP))
                .isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).damaged().newestGood())
                        .map(BackupInfo::file).contains(older));
    }

    @Test
    void aFileDamagedFromItsFirstByteIsTreatedAsDamagedWhenItHasBackupsElseAsAForeignFile() throws IOException {
        Fixture f = Fixture.create(dir);
        Path backup = databaseWithABackupAndOneLaterCase(f);
        Damage.flipBytes(f.dbFile, 0, 100);
        assertThatThrownBy(() -> AppServices.open(f.dbFile, f.clock, CHEAP))
                .isInstanceOf(DamagedDatabaseException.class)
                .satisfies(e -> assertThat(((DamagedDatabaseException) e).damaged().newestGood())
                        .map(BackupInfo::file).contains(backup));

        Path stray = Files.writeString(Files.createDirectories(dir.resolve("elsewhere")).resolve("notes.db"),
                "not a database ".repeat(100));
        assertThatThrownBy(() -> AppServices.open(stray, f.clock, CHEAP)).isInstanceOf(DatabaseException.class)
                .extracting(e -> ((DatabaseException) e).messageKey()).isEqualTo("db.error.notADatabase");
        assertThat(Files.readString(stray)).startsWith("not a database");
    }

    @Test
    void aFailingMigrationRollsBackLeavesTheOldVersionAndABackupFromJustBefore() throws IOException {
        Path file = dir.resolve("sekolah.db");
        List<String> v1 = List.of("/db/migration/V001__init.sql");
        try (Database db = Database.open(file)) {
            Migrations.migrate(db, v1);
            db.tx(s -> s.insert("INSERT INTO settings (key, value) VALUES ('kept', 'yes')"));
        }
        List<String> broken = List.of("/db/migration/V001__init.sql", "/db/migration-test/V002__broken.sql");

        ServiceException e = (ServiceException) org.assertj.core.api.Assertions.catchThrowable(() ->
                DatabaseStartup.open(file, CLOCK, StartupPrompts.NONE, broken, local()));

        assertThat(e.messageKey()).isEqualTo("startup.error.migrationFailed");
        String text = Messages.indonesian().message(e);
        assertThat(text).contains("gagal dan dibatalkan").contains("tetap utuh pada skema 1")
                .contains("sebelum-pembaruan");
        try (Database db = Database.openReadOnly(file)) {
            assertThat(db.userVersion()).isEqualTo(1);
            assertThat(db.<Optional<String>>read(s -> s.string("SELECT value FROM settings WHERE key = 'kept'")))
                    .contains("yes");
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")))
                    .isZero();
        }
        Path copy;
        try (Stream<Path> files = Files.list(dir.resolve("backups"))) {
            copy = files.filter(p -> p.toString().endsWith("-sebelum-pembaruan.db")).findFirst().orElseThrow();
        }
        assertThat(Snapshots.inspect(copy).schemaVersion()).isEqualTo(1);
        // the lock was released, and the intact old file updates once the migrations are sound
        try (AppServices s = AppServices.open(file, CLOCK, CHEAP)) {
            assertThat(s.db().userVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(s.db().<Optional<String>>read(q -> q.string("SELECT value FROM settings WHERE key = 'kept'")))
                    .contains("yes");
        }
    }

    @Test
    void aSuccessfulUpdateIsPrecededByACheckedBackupOfTheOldVersion() {
        Path file = dir.resolve("sekolah.db");
        try (Database db = Database.open(file)) {
            Migrations.migrate(db, List.of("/db/migration/V001__init.sql"));
        }
        DatabaseStartup.Opened o = DatabaseStartup.open(file, CLOCK, StartupPrompts.NONE,
                List.of("/db/migration/V001__init.sql", "/db/migration-test/V002__add_column.sql"), local());
        try {
            assertThat(o.migration().from()).isEqualTo(1);
            assertThat(o.db().userVersion()).isEqualTo(2);
            BackupFile before = o.beforeUpdate().orElseThrow();
            assertThat(before.kind()).isEqualTo(BackupKind.BEFORE_UPDATE);
            assertThat(Snapshots.inspect(before.path()).schemaVersion()).isEqualTo(1);
        } finally {
            o.db().close();
            o.lock().close();
        }
    }

    @Test
    void aRestoreLeftHalfMadeByADeadProgramIsCleanedAwayAtTheNextStart() throws IOException {
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            db = f.dbFile;
        }
        Path staged = Files.writeString(dir.resolve("test.db-restore.1a2b3c.tmp"), "half a copy");
        Path other = Files.writeString(dir.resolve("test.db-notes.txt"), "not ours to delete");
        try (AppServices s = AppServices.open(db, CLOCK, CHEAP)) {
            assertThat(staged).doesNotExist();
            assertThat(other).exists();
        }
    }

    @Test
    void aSecondCopyOfTheProgramIsToldWhoHasTheDatabaseAndSinceWhen() {
        try (Fixture f = Fixture.create(dir)) {
            DatabaseInUseException e = (DatabaseInUseException) org.assertj.core.api.Assertions.catchThrowable(
                    () -> AppServices.open(f.dbFile, f.clock, CHEAP));
            assertThat(e.messageKey()).isEqualTo("startup.inUse.here");
            assertThat(e.owner()).hasValueSatisfying(o -> {
                assertThat(o.user()).isEqualTo(System.getProperty("user.name"));
                assertThat(o.since()).isEqualTo(Fixture.START);
                assertThat(o.pid()).isEqualTo(ProcessHandle.current().pid());
            });
            assertThat(Messages.indonesian().message(e)).contains("sudah terbuka di komputer ini")
                    // shown in the computer's own time zone, as everything the operating system shows
                    .contains("24 November 2026 pukul " + java.time.format.DateTimeFormatter.ofPattern("HH.mm")
                            .withZone(java.time.ZoneId.systemDefault()).format(Fixture.START));
        }
    }

    @Test
    void aDatabaseOnANetworkShareIsRefusedWithTheReason() {
        Path file = dir.resolve("kb.db");
        NetworkLocation share = TestNetworks.withFileSystem("cifs");
        assertThatThrownBy(() -> DatabaseStartup.open(file, CLOCK, StartupPrompts.NONE,
                List.of("/db/migration/V001__init.sql"), share))
                .isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(Messages.indonesian().message((ServiceException) e))
                        .contains("drive jaringan").contains("cifs").contains("penguncian file SQLite"));
        assertThat(file).doesNotExist();
    }

    private static NetworkLocation local() {
        return TestNetworks.withFileSystem("ext4");
    }
}
