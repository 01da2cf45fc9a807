package id.kantibekisah.backup;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Backups and restore through the service, on real files: what is written, what is kept, what is refused. */
class BackupServiceTest {
    @TempDir
    Path dir;

    private Fixture f;
    private BackupService backups;

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.caseIn(CaseStatus.NEW);
        backups = f.s.backups();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path backupDir() {
        return dir.resolve("backups");
    }

    private static Map<String, Long> counts(Path file) {
        try (Database db = Database.openReadOnly(file)) {
            return db.read(Database::tableCounts);
        }
    }

    private long cases(Path file) {
        return counts(file).get("cases");
    }

    @Test
    void theDailyBackupIsACheckedSelfContainedCopyOfEveryRow() throws IOException {
        BackupFile file = backups.dailyIfDue().orElseThrow();

        assertThat(file.path()).isEqualTo(backupDir().resolve("test-2026-11-24.db"));
        assertThat(file.kind()).isEqualTo(BackupKind.DAILY);
        Map<String, Long> live = f.s.db().read(Database::tableCounts);
        Map<String, Long> copy = counts(file.path());
        live.put("audit_log", live.get("audit_log") - 1); // the backup's own audit row comes after the copy
        assertThat(copy).isEqualTo(live);
        try (Database db = Database.openReadOnly(file.path())) {
            assertThat(db.<List<String>>read(s -> s.list("PRAGMA integrity_check", r -> r.str("integrity_check"))))
                    .containsExactly("ok");
            assertThat(db.<Optional<String>>read(s -> s.string("PRAGMA journal_mode"))).contains("delete");
            assertThat(db.userVersion()).isEqualTo(f.s.db().userVersion());
        }
        assertThat(Files.exists(Path.of(file.path() + "-wal"))).as("one self-contained file").isFalse();
        try (Stream<Path> files = Files.list(backupDir())) {
            assertThat(files).as("no temporary file left").containsExactly(file.path());
        }
        AuditEntry row = f.s.audit().latest(1).get(0);
        assertThat(row.action()).isEqualTo(AuditAction.BACKUP);
        assertThat(row.outcome()).isEqualTo(AuditOutcome.OK);
        assertThat(row.username()).isEqualTo("otomatis");
    }

    @Test
    void theFirstStartOfADayBacksUpOnceAndTheExitRenewsTodaysCopy() {
        assertThat(backups.dailyIfDue()).isPresent();
        assertThat(backups.dailyIfDue()).as("second start the same day").isEmpty();
        f.newCase();
        BackupFile exit = backups.onExit();
        assertThat(exit.path()).isEqualTo(backupDir().resolve("test-2026-11-24.db"));
        assertThat(cases(exit.path())).isEqualTo(3);
        f.clock.advance(Duration.ofDays(1));
        assertThat(backups.dailyIfDue()).map(BackupFile::fileName).contains("test-2026-11-25.db");
    }

    @Test
    void rotationWithTheInjectedClockKeeps14DailyAnd8WeeklyCopies() {
        for (int day = 0; day < 75; day++) {
            backups.dailyIfDue();
            if (day % 10 == 0) {
                backups.onExit();
            }
            f.clock.advance(Duration.ofDays(1));
        }
        List<BackupFile> files = backups.overview(f.admin).files();
        assertThat(files).hasSize(22);
        assertThat(files.stream().filter(b -> b.kind() == BackupKind.DAILY)).hasSize(14);
        assertThat(files.stream().filter(b -> b.kind() == BackupKind.WEEKLY)).hasSize(8);
        assertThat(files.get(0).fileName()).isEqualTo("test-" + f.today().minusDays(1) + ".db");
    }

    @Test
    void aFailedBackupLeavesThePreviousOnesIntactAndSaysSo() throws IOException {
        BackupFile yesterday = backups.dailyIfDue().orElseThrow();
        String before = Damage.sha256(yesterday.path());
        f.clock.advance(Duration.ofDays(1));
        // Today's name is taken by a folder with something in it: the finished copy cannot be renamed into place.
        Path blocked = backupDir().resolve("test-2026-11-25.db");
        Files.createDirectories(blocked.resolve("x"));
        long auditRows = f.auditCount();

        assertThatThrownBy(() -> backups.onExit()).isInstanceOf(BackupFailedException.class)
                .satisfies(e -> assertThat(Messages.indonesian().message((BackupFailedException) e))
                        .startsWith("Cadangan tidak dibuat: ")
                        .endsWith("Cadangan sebelumnya tetap utuh."));

        assertThat(Damage.sha256(yesterday.path())).isEqualTo(before);
        try (Stream<Path> files = Files.list(backupDir())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("test-2026-11-24.db", "test-2026-11-25.db");
        }
        assertThat(backups.lastFailure()).isPresent();
        assertThat(backups.overview(f.admin).lastFailure()).isPresent();
        AuditEntry row = f.s.audit().latest(1).get(0);
        assertThat(row.action()).isEqualTo(AuditAction.BACKUP);
        assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(f.auditCount()).isEqualTo(auditRows + 1);
    }

    @Test
    void aBackupToAChosenFolderGetsADatedNameAndNeverOverwritesAnotherFile() throws IOException {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path copy = backups.backupTo(f.admin, usb, Progress.NONE);
        assertThat(copy.getFileName()).hasToString("test-2026-11-24-0900.db");
        assertThat(cases(copy)).isEqualTo(2);
        assertThat(backups.backupTo(f.admin, usb, Progress.NONE).getFileName())
                .hasToString("test-2026-11-24-0900-2.db");

        Path report = Files.writeString(usb.resolve("laporan.xlsx"), "not a database");
        assertThatThrownBy(() -> backups.backupTo(f.admin, report, Progress.NONE))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("backup.error.targetExists");
        assertThat(Files.readString(report)).isEqualTo("not a database");
        assertThatThrownBy(() -> backups.backupTo(f.admin, f.dbFile, Progress.NONE))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("backup.error.targetIsDatabase");
        assertThat(backups.backupTo(f.admin, dir.resolve("E/Cadangan"), Progress.NONE)).as("a new folder")
                .isEqualTo(dir.resolve("E/Cadangan/test-2026-11-24-0900.db"));
        Path named = backups.backupTo(f.admin, usb.resolve("kb.db"), Progress.NONE);
        assertThat(backups.backupTo(f.admin, named, Progress.NONE)).as("an older backup may be replaced")
                .isEqualTo(named);
    }

    @Test
    void restoringAGoodBackupReplacesTheDataKeepsACopyOfTheOldAndIsAuditedInBoth() {
        BackupFile backup = backups.dailyIfDue().orElseThrow();
        f.clock.advance(Duration.ofHours(2));
        f.newCase();
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(3);

        RestoreResult r = backups.restore(f.admin, backup.path(), Progress.NONE);

        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(2);
        assertThat(r.restored().cases()).isEqualTo(2);
        assertThat(r.previousData().getFileName().toString()).endsWith("-sebelum-pemulihan.db");
        assertThat(cases(r.previousData())).as("the replaced data is kept").isEqualTo(3);
        assertThat(f.s.db().<java.util.Optional<String>>read(s -> s.string("PRAGMA journal_mode"))).contains("wal");
        assertThat(f.s.db().<List<String>>read(s -> s.list("PRAGMA integrity_check", x -> x.str("integrity_check")))).containsExactly("ok");
        // The restored database says where it came from; the kept copy says it was replaced and by what.
        AuditEntry restored = f.s.audit().latest(1).get(0);
        assertThat(restored.action()).isEqualTo(AuditAction.RESTORE);
        assertThat(restored.userId()).isEqualTo(f.admin.userId());
        assertThat(restored.detail()).contains("restored from " + backup.path()).contains(r.previousData().toString());
        assertThat(f.s.audit().firstBrokenRow()).isEmpty();
        try (Database old = Database.openReadOnly(r.previousData())) {
            AuditEntry replaced = new AuditLog(old, f.clock).latest(1).get(0);
            assertThat(replaced.action()).isEqualTo(AuditAction.RESTORE);
            assertThat(replaced.detail()).contains("data replaced from " + backup.path());
        }
        // the services go on working on the restored data
        f.newCase();
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(3);
    }

    @Test
    void whenTheCopyOfTheCurrentDataCannotBeMadeNothingIsRestored() throws IOException {
        BackupFile backup = backups.dailyIfDue().orElseThrow();
        f.newCase();
        Path aFile = Files.writeString(dir.resolve("not-a-folder"), "x");
        f.s.db().tx(s -> {
            new SettingsRepository().put(s, BackupService.FOLDER_SETTING, aFile);
            return null;
        });

        assertThatThrownBy(() -> backups.restore(f.admin, backup.path(), Progress.NONE))
                .isInstanceOf(BackupFailedException.class);

        assertThat(cases(f.dbFile)).isEqualTo(3);
        List<AuditEntry> rows = f.s.audit().latest(3);
        assertThat(rows.get(0).action()).isEqualTo(AuditAction.RESTORE);
        assertThat(rows.get(0).outcome()).isEqualTo(AuditOutcome.FAILED);
        assertThat(rows.get(0).detail()).startsWith("not done, data unchanged");
        assertThat(rows.get(1).action()).isEqualTo(AuditAction.BACKUP);
        assertThat(rows.get(1).outcome()).isEqualTo(AuditOutcome.FAILED);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp"));
        }
    }

    @Test
    void aCorruptBackupIsRefusedAndNothingChanges() throws IOException {
        BackupFile backup = backups.dailyIfDue().orElseThrow();
        Path bad = Files.copy(backup.path(), dir.resolve("rusak.db"));
        Damage.flipRootPageOf(bad, "cases");
        refusedUntouched(bad, "restore.error.damaged");
    }

    @Test
    void aBackupFromANewerProgramIsRefusedWithAClearMessage() throws IOException {
        BackupFile backup = backups.dailyIfDue().orElseThrow();
        Path newer = Files.copy(backup.path(), dir.resolve("baru.db"));
        try (Database db = Database.openCopy(newer)) {
            db.withoutTransaction(s -> s.execute("PRAGMA user_version = 99"));
        }
        ValidationException e = refusedUntouched(newer, "restore.error.tooNew");
        assertThat(Messages.indonesian().message(e)).contains("versi Kanti Bekisah yang lebih baru")
                .contains("skema 99").contains("Data sekarang tidak diubah");
    }

    @Test
    void aFileThatIsNotAKantiBekisahDatabaseIsRefused() throws IOException {
        refusedUntouched(Files.writeString(dir.resolve("foto.db"), "JFIF not a database ".repeat(50)),
                "restore.error.notADatabase");
        Path other = dir.resolve("lain.db");
        try (Database db = Database.openCopy(other)) {
            db.tx(s -> {
                s.execute("CREATE TABLE contacts (name TEXT)");
                return null;
            });
        }
        refusedUntouched(other, "restore.error.notOurs");
        refusedUntouched(dir.resolve("tidak-ada.db"), "restore.error.missing");
        assertThatThrownBy(() -> backups.restore(f.admin, f.dbFile, Progress.NONE))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("restore.error.isCurrent");
    }

    private ValidationException refusedUntouched(Path file, String key) {
        long auditRows = f.auditCount();
        Map<String, Long> before = f.s.db().read(Database::tableCounts);
        ValidationException[] thrown = new ValidationException[1];
        assertThatThrownBy(() -> backups.restore(f.admin, file, Progress.NONE))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> thrown[0] = (ValidationException) e)
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo(key);
        assertThat(f.s.db().read(Database::tableCounts)).isEqualTo(before);
        assertThat(f.auditCount()).isEqualTo(auditRows);
        assertThat(backups.overview(f.admin).files()).noneMatch(b -> b.kind() == BackupKind.BEFORE_RESTORE);
        return thrown[0];
    }

    @Test
    void theAdminChoosesTheFolderAndHowManyCopiesAreKept() throws IOException {
        Path elsewhere = dir.resolve("D/Cadangan KB");
        backups.updateSettings(f.admin, new BackupSettings(Optional.of(elsewhere), 7, 4));
        assertThat(backups.settings(f.admin)).isEqualTo(new BackupSettings(Optional.of(elsewhere), 7, 4));
        assertThat(backups.dailyIfDue().orElseThrow().path().getParent()).isEqualTo(elsewhere);
        assertThat(f.s.audit().latest(2)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.SETTINGS_UPDATE));

        Path aFile = Files.writeString(dir.resolve("file.txt"), "x");
        assertThatThrownBy(() -> backups.updateSettings(f.admin, new BackupSettings(Optional.of(aFile), 7, 4)))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("backup.error.folderNotWritable");
        assertThatThrownBy(() -> backups.updateSettings(f.admin, new BackupSettings(Optional.empty(), 0, 4)))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("backup.error.keepDaily");
        assertThatThrownBy(() -> backups.updateSettings(f.admin, new BackupSettings(Optional.empty(), 14, -1)))
                .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("backup.error.keepWeekly");
        backups.updateSettings(f.admin, BackupSettings.defaults());
        assertThat(backups.overview(f.admin).folder()).isEqualTo(backupDir());
    }

    @Test
    void theCheckButtonRunsIntegrityForeignKeysAndTheAuditChain() {
        assertThat(backups.check(f.admin).ok()).isTrue();
        assertThat(f.s.audit().latest(1).get(0).action()).isEqualTo(AuditAction.VERIFY);
        f.s.db().tx(s -> {
            s.execute("DROP TRIGGER audit_log_no_update");
            s.update("UPDATE audit_log SET detail = 'x' WHERE id = 3");
            return null;
        });
        assertThat(backups.check(f.admin).firstBrokenAuditRow()).contains(3L);
        List<AuditEntry> rows = new ArrayList<>(f.s.audit().latest(1));
        assertThat(rows.get(0).outcome()).isEqualTo(AuditOutcome.FAILED);
    }
}
