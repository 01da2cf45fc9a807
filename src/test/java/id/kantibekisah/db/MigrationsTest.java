package id.kantibekisah.db;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void anEmptyFileGetsTheWholeSchema() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Migrations.Result r = Migrations.migrate(db);
            assertThat(r.from()).isZero();
            assertThat(r.to()).isEqualTo(Migrations.latestVersion());
            assertThat(r.created()).isTrue();
            assertThat(db.userVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(db.<Long>read(s -> s.longValue("PRAGMA application_id"))).isEqualTo((long) Database.APPLICATION_ID);
            List<String> tables = db.read(s -> s.list("SELECT name FROM sqlite_schema WHERE type = 'table'",
                    row -> row.str("name")));
            assertThat(tables).contains("students", "users", "terms", "cases", "case_parties", "intakes",
                    "counseling_sessions", "referrals", "follow_ups", "status_history", "case_notes", "audit_log",
                    "school_profile", "settings");
            List<String> notStrict = db.read(s -> s.list("""
                    SELECT name FROM pragma_table_list
                    WHERE type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%'""", row -> row.str("name")));
            assertThat(notStrict).as("ordinary tables are STRICT (virtual and shadow tables cannot be)").isEmpty();
        }
    }

    @Test
    void anUpToDateDatabaseIsLeftAsItIsWithItsData() {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(file)) {
            Migrations.migrate(db);
            db.tx(s -> s.insert("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
        }
        try (Database db = Database.open(file)) {
            Migrations.Result r = Migrations.migrate(db);
            assertThat(r.from()).isEqualTo(Migrations.latestVersion());
            assertThat(r.created()).isFalse();
            assertThat(db.<java.util.Optional<String>>read(s -> s.string("SELECT value FROM settings WHERE key = 'k'"))).contains("v");
        }
    }

    @Test
    void anOlderDatabaseIsMigratedKeepingItsData() {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(file)) {
            Migrations.migrate(db, List.of("/db/migration/V001__init.sql"));
            db.tx(s -> s.insert("INSERT INTO settings (key, value) VALUES ('k', 'v')"));
            Migrations.Result r = Migrations.migrate(db, List.of("/db/migration/V001__init.sql",
                    "/db/migration-test/V002__add_column.sql"));
            assertThat(r.from()).isEqualTo(1);
            assertThat(r.to()).isEqualTo(2);
            assertThat(db.userVersion()).isEqualTo(2);
            assertThat(db.<java.util.Optional<String>>read(s -> s.string("SELECT value FROM settings WHERE key = 'k'"))).contains("v");
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM pragma_table_info('settings') "
                    + "WHERE name = 'note'"))).isEqualTo(1L);
        }
    }

    @Test
    void aFailingMigrationRollsBackAndLeavesThePreviousVersion() {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            Migrations.migrate(db, List.of("/db/migration/V001__init.sql"));
            assertThatThrownBy(() -> Migrations.migrate(db, List.of("/db/migration/V001__init.sql",
                    "/db/migration-test/V002__broken.sql"))).isInstanceOf(DatabaseException.class);
            assertThat(db.userVersion()).isEqualTo(1);
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'")))
                    .isZero();
        }
    }

    @Test
    void aNewerDatabaseIsRefusedAndNotTouched() {
        Path file = dir.resolve("a.db");
        try (Database db = Database.open(file)) {
            Migrations.migrate(db);
            db.withoutTransaction(s -> s.execute("PRAGMA user_version = 99"));
        }
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> Migrations.migrate(db)).isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).messageKey()).isEqualTo("db.error.tooNew"));
            assertThat(db.userVersion()).isEqualTo(99);
        }
    }

    @Test
    void anotherProgramsDatabaseIsRefusedAndNotTouched() {
        Path file = dir.resolve("other.db");
        try (Database db = Database.open(file)) {
            db.tx(s -> {
                s.execute("CREATE TABLE contacts (name TEXT)");
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> Migrations.migrate(db)).isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(((DatabaseException) e).messageKey()).isEqualTo("db.error.notOurs"));
            assertThat(db.<Long>read(s -> s.longValue("SELECT count(*) FROM sqlite_schema"))).isEqualTo(1L);
        }
    }

    @Test
    void theListOfMigrationsMatchesTheFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(Migrations.FILES).containsExactlyElementsOf(names);
        }
        for (int i = 0; i < Migrations.FILES.size(); i++) {
            assertThat(Migrations.FILES.get(i)).startsWith(String.format("V%03d__", i + 1));
        }
    }
}
