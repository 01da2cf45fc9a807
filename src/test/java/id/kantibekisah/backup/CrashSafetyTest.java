package id.kantibekisah.backup;

import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.DatabaseCheck;
import id.kantibekisah.db.Database;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pulls the plug: a second JVM saves intakes through the real services in a loop and is killed with SIGKILL at a
 * random moment, again and again ({@code -Dcrash.rounds=1000} for a long run; {@code -Dcrash.seed=N} repeats one).
 * After every kill the database must pass {@code integrity_check}, hold every intake the child reported as
 * committed, and have no case without its intake and its audit row; the audit chain must be whole and every
 * backup the child finished must be a good one. Some kills land while the child is still opening the database.
 */
class CrashSafetyTest {
    private static final Logger LOG = Logger.getLogger(CrashSafetyTest.class.getName());

    @TempDir
    Path dir;

    @Test
    void killedAtRandomMomentsItLosesNoCommittedIntakeAndNoAuditRow() throws Exception {
        int rounds = Integer.getInteger("crash.rounds", 20);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path db;
        try (Fixture f = Fixture.create(dir)) {
            db = f.dbFile;
        }
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        Set<String> committed = new HashSet<>();
        int killedWhileOpening = 0;
        int backups = 0;
        long started = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            try (ChildProcess child = ChildProcess.start("intakes", db, nativeDir)) {
                if (random.nextInt(10) == 0) {
                    // now and then, while the child is still starting up and opening the database
                    Thread.sleep(random.nextInt(400));
                    killedWhileOpening += child.lines().contains("READY") ? 0 : 1;
                } else {
                    assertThat(child.awaitReady(60)).as("child %d opened the database (seed %d)", round, seed)
                            .isTrue();
                    Thread.sleep(random.nextInt(250));
                }
                child.kill();
                List<String> lines = child.lines();
                lines.stream().filter(l -> l.startsWith("COMMITTED ")).map(l -> l.substring(10))
                        .forEach(committed::add);
                backups += (int) lines.stream().filter("BACKUP"::equals).count();
            }
            assertSound(db, committed, round, seed);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        LOG.info(String.format("crash test: %d kills (%d while opening), %d intakes committed, %d backups, "
                + "%.1f s, seed %d", rounds, killedWhileOpening, committed.size(), backups, seconds, seed));
        assertThat(committed).as("the children saved intakes (seed %d)", seed).hasSizeGreaterThan(rounds);
    }

    private static void assertSound(Path db, Set<String> committed, int round, long seed) {
        String where = "after kill " + round + " (seed " + seed + ")";
        // Read-only, so the next child finds the database exactly as the killed one left it (with its -wal).
        try (Database d = Database.openReadOnly(db)) {
            DatabaseCheck.Report report = DatabaseCheck.run(d, new AuditLog(d, java.time.Clock.systemUTC()));
            assertThat(report.integrityErrors()).as("integrity " + where).isEmpty();
            assertThat(report.foreignKeyViolations()).as("foreign keys " + where).isZero();
            assertThat(report.firstBrokenAuditRow()).as("audit chain " + where).isEmpty();
            Set<String> codes = new HashSet<>(d.read(s -> s.list("SELECT code FROM cases", r -> r.str("code"))));
            assertThat(codes).as("every committed intake is there " + where).containsAll(committed);
            assertThat(d.<Long>read(s -> s.longValue("""
                    SELECT count(*) FROM cases c
                    WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = c.id AND a.action = 'INTAKE_SUBMIT')
                       OR NOT EXISTS (SELECT 1 FROM intakes i WHERE i.case_id = c.id)""")))
                    .as("cases without their intake or audit row " + where).isZero();
        }
        for (BackupFile backup : new BackupFolder(BackupFolder.defaultFor(db), db).list(Integer.MAX_VALUE)) {
            assertThat(Snapshots.inspect(backup.path()).cases()).as("backup " + backup.fileName() + " " + where)
                    .isPositive();
        }
    }
}
