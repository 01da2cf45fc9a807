package id.kantibekisah.settings;

import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed settings store and the school profile against a real database file. */
class SettingsRepositoryTest {
    private static final Setting<String> TEXT = Setting.text("test.text");
    private static final Setting<Integer> NUMBER = Setting.number("test.number");
    private static final Setting<Path> FOLDER = Setting.path("test.folder");

    @TempDir
    Path dir;
    private Database db;
    private final SettingsRepository repo = new SettingsRepository();

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("settings.db"));
        Migrations.migrate(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aValueReadsBackAsItsTypeAndIsReplacedNotDuplicated() {
        db.tx(sql -> {
            repo.put(sql, NUMBER, 7);
            repo.put(sql, NUMBER, 9);
            repo.put(sql, TEXT, "satu");
            repo.put(sql, FOLDER, dir);
            return null;
        });
        assertThat(get(NUMBER)).contains(9);
        assertThat(get(TEXT)).contains("satu");
        assertThat(get(FOLDER)).contains(dir);
        assertThat(count("settings WHERE key = ?", NUMBER.key()))
                .isEqualTo(1);
    }

    @Test
    void missingBlankOrUnreadableValuesReadAsAbsent() {
        assertThat(get(TEXT)).isEmpty();
        db.tx(sql -> {
            repo.put(sql, TEXT, "tiga");
            repo.put(sql, FOLDER, dir);
            return null;
        });
        assertThat(get(Setting.number(TEXT.key()))).isEmpty();
        db.tx(sql -> {
            repo.clear(sql, FOLDER);
            return null;
        });
        assertThat(get(FOLDER)).isEmpty();
        db.tx(sql -> {
            repo.put(sql, Setting.text(FOLDER.key()), " ");
            return null;
        });
        assertThat(get(FOLDER)).isEmpty();
    }

    @Test
    void theProfileIsOneRowWithBlanksStoredAsNothing() {
        assertThat(profile()).isEmpty();
        db.tx(sql -> {
            repo.saveProfile(sql, new SchoolProfile(" SMP Lama ", "10000001", "Jl. Lama", null, null));
            repo.saveProfile(sql, new SchoolProfile("SMP Negeri 1 Koba", " ", "Jl. Raya", "Koba", "Pak Kepala"));
            return null;
        });
        assertThat(profile()).contains(
                new SchoolProfile("SMP Negeri 1 Koba", null, "Jl. Raya", "Koba", "Pak Kepala"));
        assertThat(count("school_profile")).isEqualTo(1);
    }

    private <T> Optional<T> get(Setting<T> setting) {
        return db.read(sql -> repo.get(sql, setting));
    }

    private Optional<SchoolProfile> profile() {
        return db.read(repo::profile);
    }

    private long count(String from, Object... params) {
        return db.<Long>read(sql -> sql.longValue("SELECT count(*) FROM " + from, params));
    }
}
