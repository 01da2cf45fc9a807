package id.kantibekisah.db;

import id.kantibekisah.wiring.AppServices;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cli.CliRunner;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The schema of a file against what the migrations make of it: checked by verify, repaired at every open. */
class SchemaTest {
    @TempDir
    Path dir;

    private static void dropAuditTriggers(Fixture f) {
        f.s.db().withoutTransaction(sql -> {
            sql.execute("DROP TRIGGER audit_log_no_update");
            sql.execute("DROP TRIGGER audit_log_no_delete");
        });
    }

    @Test
    void aFreshDatabaseHasExactlyTheSchemaOfItsMigrations() {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(Schema.differences(f.s.db())).isEmpty();
            assertThat(f.s.auditService().verify(f.admin).ok()).isTrue();
        }
    }

    @Test
    void theAppendOnlyTriggersComeBackAtTheNextOpenAndTheRepairIsAudited() {
        Path file;
        try (Fixture f = Fixture.create(dir)) {
            file = f.dbFile;
            f.newCase();
            dropAuditTriggers(f);
        }
        try (AppServices s = AppServices.open(file, new id.kantibekisah.common.MutableClock(Fixture.START,
                Fixture.ZONE), new id.kantibekisah.security.PasswordHasher(1024, 1))) {
            assertThat(Schema.differences(s.db())).isEmpty();
            assertThatThrownBy(() -> s.db().tx(sql -> sql.update("DELETE FROM audit_log")))
                    .hasMessageContaining("append-only");
            AuditEntry repair = s.audit().latest(1).get(0);
            assertThat(repair.action()).isEqualTo(AuditAction.SCHEMA_REPAIR);
            assertThat(repair.detail()).contains("audit_log_no_update").contains("audit_log_no_delete");
            assertThat(s.audit().firstBrokenRow()).isEmpty();
        }
    }

    @Test
    void verifyReportsMissingTriggersAndSaysToReopenNotToRestore() {
        Path file;
        try (Fixture f = Fixture.create(dir)) {
            file = f.dbFile;
            dropAuditTriggers(f);
            var report = f.s.backups().check(f.admin);
            assertThat(report.ok()).isFalse();
            assertThat(report.schemaDifferences()).extracting(Schema.Difference::name)
                    .containsExactlyInAnyOrder("audit_log_no_update", "audit_log_no_delete");
            assertThat(String.join(" ", report.lines(id.kantibekisah.common.Messages.indonesian())))
                    .contains("pemicu audit_log_no_update hilang").contains("tutup program lalu buka lagi")
                    .doesNotContain("pulihkan dari cadangan");
        }
        CliRunner cli = new CliRunner(new id.kantibekisah.common.MutableClock(Fixture.START, Fixture.ZONE));
        assertThat(cli.run("--db", file.toString(), "verify")).isEqualTo(1);
        assertThat(cli.out()).contains("pemicu audit_log_no_delete hilang").contains("tutup program lalu buka lagi");
        assertThat(cli.out() + cli.err()).doesNotContain("Pulihkan dari cadangan terbaru");
    }
}
