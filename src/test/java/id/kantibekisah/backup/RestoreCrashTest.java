package id.kantibekisah.backup;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.common.Progress;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pulls the plug during a restore: a second JVM restores a backup and is killed with SIGKILL at moments spread over
 * the restore ({@code -Drestore.crash.rounds=N} for more). Whatever the moment, the audit log of the database that
 * lives on says what happened: the old data never carries a row saying it was replaced, the restored data always
 * carries its "restored from" row; the audit chain is whole, and the staged copy is gone after the next start.
 */
class RestoreCrashTest {
    private static final Logger LOG = Logger.getLogger(RestoreCrashTest.class.getName());
    private static final String OLD_SCHOOL = "SMP Negeri Sekarang";

    @TempDir
    Path dir;

    @Test
    void killedDuringARestoreTheAuditLogStillSaysWhatHappened() throws Exception {
        int rounds = Integer.getInteger("restore.crash.rounds", 8);
        Path db = dir.resolve("live").resolve("test.db");
        Path backup = dir.resolve("cadangan.db");
        try (Fixture f = Fixture.create(db.getParent())) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            fill(f);
            f.s.backups().backupTo(f.admin, backup, Progress.NONE);
            f.s.db().tx(sql -> {
                new SettingsRepository().saveProfile(sql, new SchoolProfile(OLD_SCHOOL, "10000001", null, null, null));
                return null;
            });
        }
        Path template = dir.resolve("template.db");
        Files.copy(db, template);
        Path nativeDir = Files.createDirectories(dir.resolve("native"));

        long window = timeOneRestore(db, template, backup, nativeDir);
        int inWindow = 0;
        int restored = 0;
        for (int round = 0; round < rounds; round++) {
            reset(db, template);
            long delay = window * 13 * round / (10L * Math.max(1, rounds - 1));
            boolean finished;
            try (ChildProcess child = ChildProcess.start("restore", db, nativeDir, backup.toString())) {
                assertThat(child.awaitReady(60)).as("round %d opened the database", round).isTrue();
                awaitLine(child, "RESTORING");
                Thread.sleep(delay);
                child.kill();
                finished = child.lines().contains("RESTORED");
            }
            inWindow += finished ? 0 : 1;
            restored += assertTruthful(db, backup, round) ? 1 : 0;
        }
        LOG.info(String.format("restore crash test: %d kills over a %d ms restore, %d during it, %d left the "
                + "restored data", rounds, window, inWindow, restored));
        assertThat(inWindow).as("kills that landed during the restore").isPositive();
    }

    /** The database after a kill, opened the way the program opens it; true when it holds the restored data. */
    private static boolean assertTruthful(Path db, Path backup, int round) {
        try (AppServices s = AppServices.open(db, new MutableClock(Instant.now(), Fixture.ZONE),
                new PasswordHasher(1024, 1))) {
            String school = s.db().read(sql -> sql.string("SELECT name FROM school_profile")).orElseThrow();
            List<AuditEntry> restores = s.db().read(sql -> sql.list("""
                    SELECT * FROM audit_log WHERE action = 'RESTORE' AND outcome = 'OK' ORDER BY id""",
                    r -> new AuditEntry(r.lng("id"), r.instant("at"), r.lngOrNull("user_id"), r.str("username"),
                            AuditAction.RESTORE, AuditOutcome.OK, null, null, r.str("detail"))));
            assertThat(s.audit().firstBrokenRow()).as("audit chain after kill %d", round).isEmpty();
            try (Stream<Path> files = Files.list(db.getParent())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("staged copies after kill %d", round).noneMatch(n -> n.contains(BackupService.RESTORE_STAGING));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (school.equals(OLD_SCHOOL)) {
                assertThat(restores).as("the old data, after kill %d, says nothing was restored", round).isEmpty();
                return false;
            }
            assertThat(restores).as("the restored data, after kill %d, says where it came from", round)
                    .isNotEmpty().last().satisfies(r -> assertThat(r.detail()).startsWith("restored from " + backup));
            return true;
        }
    }

    /** One restore run to its end: how long it takes from its start to the child's exit, in milliseconds. */
    private static long timeOneRestore(Path db, Path template, Path backup, Path nativeDir) throws Exception {
        reset(db, template);
        try (ChildProcess child = ChildProcess.start("restore", db, nativeDir, backup.toString())) {
            assertThat(child.awaitReady(60)).isTrue();
            awaitLine(child, "RESTORING");
            long started = System.nanoTime();
            awaitLine(child, "RESTORED");
            return Math.max(20, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static void awaitLine(ChildProcess child, String line) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!child.lines().contains(line)) {
            assertThat(System.nanoTime()).as("child printed %s", line).isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    private static void reset(Path db, Path template) throws IOException {
        try (Stream<Path> files = Files.list(db.getParent())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith(db.getFileName().toString()))
                    .toList()) {
                Files.delete(p);
            }
        }
        Files.copy(template, db, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Enough rows (about 8 MB) that a restore takes long enough to be killed half-way. */
    private static void fill(Fixture f) {
        f.s.db().tx(sql -> {
            for (int i = 0; i < 20_000; i++) {
                sql.insert("""
                        INSERT INTO students (nisn, name, gender, class_name, guardian_name, active, created_at,
                                              updated_at)
                        VALUES (?, ?, 'L', '9A', ?, 1, ?, ?)""", String.format("09%08d", i), "Siswa Isian " + i,
                        "Wali siswa isian dengan nama yang agak panjang nomor " + i + " ".repeat(200),
                        f.clock.instant(), f.clock.instant());
            }
            return null;
        });
    }
}
