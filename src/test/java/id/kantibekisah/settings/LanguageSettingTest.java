package id.kantibekisah.settings;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PC's display language: remembered in the database, only the two languages the program has. */
class LanguageSettingTest {
    @TempDir
    Path dir;
    private Fixture f;

    @BeforeEach
    void open() {
        f = Fixture.create(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void noLanguageIsRememberedUntilSomeoneChoosesOne() {
        assertThat(f.s.settings().language()).isEmpty();
        f.s.settings().saveLanguage(Messages.ENGLISH);
        assertThat(f.s.settings().language()).contains(Messages.ENGLISH);
        f.s.settings().saveLanguage(Messages.INDONESIAN);
        assertThat(f.s.settings().language()).contains(Messages.INDONESIAN);
        assertThat(f.s.settings().get(SettingsService.LANGUAGE)).contains("id");
    }

    @Test
    void anotherLanguageIsRefusedAndNothingChanges() {
        f.s.settings().saveLanguage(Messages.ENGLISH);
        assertThatThrownBy(() -> f.s.settings().saveLanguage(Locale.FRENCH))
                .isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "settings.error.language");
        assertThat(f.s.settings().language()).contains(Messages.ENGLISH);
    }

    @Test
    void aValueTheProgramDoesNotKnowIsIgnored() {
        f.s.db().tx(sql -> {
            new SettingsRepository().put(sql, SettingsService.LANGUAGE, "xx");
            return null;
        });
        assertThat(f.s.settings().language()).isEmpty();
    }
}
