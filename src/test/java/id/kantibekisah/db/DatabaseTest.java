package id.kantibekisah.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void opensWithWalFullSyncForeignKeysAndSecureDelete() {
        try (Database db = Database.open(dir.resolve("sub/folder/a.db"))) {
            assertThat(db.<java.util.Optional<String>>read(s -> s.string("PRAGMA journal_mode")).orElseThrow()).isEqualTo("wal");
            assertThat(db.<Long>read(s -> s.longValue("PRAGMA synchronous"))).isEqualTo(2L); // FULL
            assertThat(db.<Long>read(s -> s.longValue("PRAGMA foreign_keys"))).isEqualTo(1L);
            assertThat(db.<Long>read(s -> s.longValue("PRAGMA secure_delete"))).isEqualTo(1L);
            assertThat(db.<Long>read(s -> s.longValue("PRAGMA busy_timeout"))).isEqualTo(5000L);
        }
        assertThat(dir.resolve("sub/folder/a.db")).exists();
    }

    @Test
    void aFailingTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.tx(s -> {
                s.execute("CREATE TABLE t (x INTEGER NOT NULL) STRICT");
                return null;
            });
            assertThatThrownBy(() -> db.tx(s -> {
                s.insert("INSERT INTO t (x) VALUES (?)", 1);
                s.insert("INSERT INTO t (x) VALUES (?)", (Object) null);
                return null;
            })).isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).messageKey()).isEqualTo("db.error.constraint"));
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM t"))).isZero();
            // the connection is usable again afterwards
            db.tx(s -> s.insert("INSERT INTO t (x) VALUES (?)", 2));
            assertThat(db.<Long>read(s -> s.longValue("SELECT sum(x) FROM t"))).isEqualTo(2L);
        }
    }

    @Test
    void aNestedTransactionJoinsTheOuterOneAndRollsBackWithIt() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.tx(s -> {
                s.execute("CREATE TABLE t (x INTEGER) STRICT");
                return null;
            });
            assertThatThrownBy(() -> db.tx(outer -> {
                db.tx(inner -> inner.insert("INSERT INTO t (x) VALUES (1)"));
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM t"))).isZero();
        }
    }

    @Test
    void foreignKeysAreEnforced() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Migrations.migrate(db);
            assertThatThrownBy(() -> db.tx(s -> s.insert(
                    "INSERT INTO case_parties (case_id, student_id, role) VALUES (99, 99, 'VICTIM')")))
                    .isInstanceOf(DatabaseException.class);
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsSuch() throws Exception {
        Path junk = dir.resolve("junk.db");
        java.nio.file.Files.writeString(junk, "this is not sqlite ".repeat(300));
        assertThatThrownBy(() -> Database.open(junk)).isInstanceOf(DatabaseException.class)
                .satisfies(e -> assertThat(((DatabaseException) e).messageKey()).isEqualTo("db.error.notADatabase"));
    }

    @Test
    void parametersAreBoundNotConcatenated() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            db.tx(s -> {
                s.execute("CREATE TABLE t (name TEXT) STRICT");
                s.insert("INSERT INTO t (name) VALUES (?)", "Robert'); DROP TABLE t;--");
                return null;
            });
            assertThat(db.<java.util.Optional<String>>read(s -> s.string("SELECT name FROM t")).orElseThrow())
                    .isEqualTo("Robert'); DROP TABLE t;--");
        }
    }
}
