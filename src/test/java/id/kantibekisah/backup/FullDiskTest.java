package id.kantibekisah.backup;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full disk: saving fails with a message that says so and keeps the database consistent (nothing half-saved,
 * every saved case with its audit row); a backup onto a full disk fails, says so, and leaves the earlier backups
 * intact. Runs on a real 8 MB tmpfs where the system allows mounting one; elsewhere the database's size is capped
 * ({@code PRAGMA max_page_count}), which makes SQLite report the same SQLITE_FULL.
 */
class FullDiskTest {
    @TempDir
    Path dir;

    @Test
    void onAFullDiskASaveFailsWithAClearMessageAndNothingIsHalfSaved() throws Exception {
        try (SmallVolume volume = SmallVolume.create(dir.resolve("volume"), 8L * 1024 * 1024)) {
            try (Fixture f = Fixture.create(volume.path())) {
                f.caseIn(CaseStatus.IN_PROGRESS);
                BackupFile earlier = f.s.backups().dailyIfDue().orElseThrow();
                String earlierHash = Damage.sha256(earlier.path());
                long before = cases(f.s.db());

                if (volume.real()) {
                    volume.fill();
                } else {
                    f.s.db().withoutTransaction(s -> s.execute("PRAGMA max_page_count = "
                            + s.longValue("PRAGMA page_count")));
                }
                int saved = 0;
                DatabaseException failure = null;
                for (int i = 0; i < 5_000 && failure == null; i++) {
                    try {
                        f.newCase();
                        saved++;
                    } catch (DatabaseException e) {
                        failure = e;
                    }
                }

                assertThat(failure).as("a save failed once the disk was full").isNotNull();
                assertThat(failure.messageKey()).isEqualTo("db.error.full");
                assertThat(Messages.indonesian().message(failure)).startsWith("Disk penuh: data tidak dapat disimpan.")
                        .contains("Isian Anda masih ada");
                assertConsistent(f.s.db(), before + saved);

                if (volume.real()) {
                    f.clock.advance(java.time.Duration.ofDays(1));
                    assertThatThrownBy(() -> f.s.backups().onExit()).isInstanceOf(BackupFailedException.class)
                            .satisfies(e -> assertThat(Messages.indonesian().message((BackupFailedException) e))
                                    .contains("penuh").contains("Cadangan sebelumnya tetap utuh"));
                    assertThat(Damage.sha256(earlier.path())).isEqualTo(earlierHash);
                    try (Stream<Path> files = Files.list(earlier.path().getParent())) {
                        assertThat(files.map(p -> p.getFileName().toString()))
                                .as("no half-written copy left").containsExactly(earlier.fileName());
                    }
                    volume.free();
                } else {
                    f.s.db().withoutTransaction(s -> s.execute("PRAGMA max_page_count = 1073741823"));
                }
                f.newCase();
                assertConsistent(f.s.db(), before + saved + 1);
            }
        }
    }

    private static long cases(Database db) {
        return db.<Long>read(s -> s.longValue("SELECT count(*) FROM cases"));
    }

    private static void assertConsistent(Database db, long expectedCases) {
        assertThat(db.<List<String>>read(s -> s.list("PRAGMA integrity_check", r -> r.str("integrity_check"))))
                .containsExactly("ok");
        assertThat(cases(db)).isEqualTo(expectedCases);
        assertThat(db.<Long>read(s -> s.longValue("""
                SELECT count(*) FROM cases c
                WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = c.id)
                   OR NOT EXISTS (SELECT 1 FROM intakes i WHERE i.case_id = c.id)
                   OR NOT EXISTS (SELECT 1 FROM case_parties p WHERE p.case_id = c.id)"""))).isZero();
    }
}
