package id.kantibekisah.backup;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.Database;
import id.kantibekisah.testing.DatabaseDump;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The restore files that used to get through: a backup whose audit chain was broken, one whose append-only triggers
 * were dropped, one whose schema version does not match its tables, a foreign database carrying the program's mark.
 * Each is refused with a message that says what it is, and the current data stays exactly as it was.
 */
class RestoreChecksTest {
    @TempDir
    Path dir;

    private Fixture f;
    private Path backup;

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        backup = f.s.backups().backupTo(f.admin, dir.resolve("cadangan.db"), Progress.NONE);
        f.newCase();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path tampered(String name, String... statements) throws IOException {
        Path copy = Files.copy(backup, dir.resolve(name));
        try (Database db = Database.openCopy(copy)) {
            db.withoutTransaction(sql -> {
                for (String statement : statements) {
                    sql.execute(statement);
                }
            });
        }
        return copy;
    }

    private ServiceException refusedUntouched(Path file, String key) {
        List<String> before = DatabaseDump.of(f.s.db());
        ServiceException[] thrown = new ServiceException[1];
        assertThatThrownBy(() -> f.s.backups().restore(f.admin, file, Progress.NONE))
                .isInstanceOf(ServiceException.class).satisfies(e -> thrown[0] = (ServiceException) e)
                .extracting(e -> ((ServiceException) e).messageKey()).isEqualTo(key);
        assertThat(DatabaseDump.of(f.s.db())).as("nothing changed").isEqualTo(before);
        assertThat(f.s.backups().overview(f.admin).files()).noneMatch(b -> b.kind() == BackupKind.BEFORE_RESTORE);
        String message = Messages.indonesian().message(thrown[0]);
        assertThat(message).contains("Data sekarang tidak diubah").doesNotContain("no such").doesNotContain("SQL");
        return thrown[0];
    }

    @Test
    void aBackupWhoseAuditChainWasBrokenIsRefused() throws IOException {
        long row = f.s.db().<Long>read(sql -> sql.longValue("SELECT min(id) + 2 FROM audit_log"));
        Path edited = tampered("diubah.db", "DROP TRIGGER audit_log_no_update",
                "UPDATE audit_log SET detail = 'tidak terjadi apa-apa' WHERE id = " + row,
                "CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log\nBEGIN\n"
                        + "    SELECT RAISE(ABORT, 'audit_log is append-only');\nEND");
        ServiceException e = refusedUntouched(edited, "restore.error.auditBroken");
        assertThat(Messages.indonesian().message(e)).contains("mulai baris " + row);
    }

    @Test
    void aBackupWithoutTheAppendOnlyTriggersIsRefused() throws IOException {
        Path stripped = tampered("tanpa-pemicu.db", "DROP TRIGGER audit_log_no_update",
                "DROP TRIGGER audit_log_no_delete");
        ServiceException e = refusedUntouched(stripped, "restore.error.schema");
        assertThat(Messages.indonesian().message(e)).contains("audit_log_no_update").contains("audit_log_no_delete");
    }

    @Test
    void aBackupWithARewrittenTriggerIsRefused() throws IOException {
        Path neutered = tampered("pemicu-diubah.db", "DROP TRIGGER audit_log_no_delete",
                "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END");
        refusedUntouched(neutered, "restore.error.schema");
    }

    @Test
    void aBackupWhoseSchemaVersionDoesNotMatchItsTablesIsRefused() throws IOException {
        Path older = tampered("versi-salah.db", "PRAGMA user_version = 2");
        ServiceException e = refusedUntouched(older, "restore.error.schema");
        assertThat(Messages.indonesian().message(e)).contains("skema 2");
    }

    @Test
    void aForeignDatabaseCarryingTheProgramsMarkIsRefusedClearly() {
        Path foreign = dir.resolve("asing.db");
        try (Database db = Database.openCopy(foreign)) {
            db.withoutTransaction(sql -> {
                sql.execute("CREATE TABLE contacts (name TEXT)");
                sql.execute("PRAGMA application_id = " + Database.APPLICATION_ID);
                sql.execute("PRAGMA user_version = 3");
            });
        }
        refusedUntouched(foreign, "restore.error.schema");
    }

    @Test
    void aGoodOlderBackupIsStillRestoredAndBroughtUpToDate() {
        RestoreResult r = f.s.backups().restore(f.admin, backup, Progress.NONE);
        assertThat(r.restored().cases()).isEqualTo(1);
        assertThat(f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM cases"))).isEqualTo(1);
        assertThat(f.s.backups().check(f.admin).ok()).isTrue();
    }
}
