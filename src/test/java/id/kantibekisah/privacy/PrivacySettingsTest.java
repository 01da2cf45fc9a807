package id.kantibekisah.privacy;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.settings.Setting;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrivacySettingsTest {
    @TempDir
    Path dir;

    @Test
    void staffLockAfterFiveMinutesCadresAfterTwoUntilTheAdminChangesIt() {
        try (Fixture f = Fixture.create(dir)) {
            PrivacySettings defaults = f.s.privacySettings().current();
            assertThat(defaults).isEqualTo(PrivacySettings.DEFAULTS);
            assertThat(defaults.lockAfter(Role.COUNSELOR)).isEqualTo(Duration.ofMinutes(5));
            assertThat(defaults.lockAfter(Role.CADRE)).isEqualTo(Duration.ofMinutes(2));
            assertThat(defaults.retentionYears()).isEqualTo(3);

            f.s.privacySettings().update(f.admin, new PrivacySettings(10, 1, 5));
            PrivacySettings changed = f.s.privacySettings().current();
            assertThat(changed.lockAfter(Role.ADMIN)).isEqualTo(Duration.ofMinutes(10));
            assertThat(changed.lockAfter(Role.CADRE)).isEqualTo(Duration.ofMinutes(1));
            assertThat(changed.retentionYears()).isEqualTo(5);
        }
    }

    @Test
    void valuesOutsideTheirRangeAreRefusedAndNothingChanges() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.privacySettings().update(f.admin, new PrivacySettings(0, 2, 3)))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("privacy.error.lockMinutes");
            assertThatThrownBy(() -> f.s.privacySettings().update(f.admin, new PrivacySettings(5, 2, 0)))
                    .hasMessageStartingWith("privacy.error.retentionYears");
            assertThat(f.s.privacySettings().current()).isEqualTo(PrivacySettings.DEFAULTS);
        }
    }

    @Test
    void aValueStoredAnotherWayIsKeptWithinItsRange() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.settings().set(f.admin, Setting.text("policy.staffLockMinutes"), "0");
            f.s.settings().set(f.admin, Setting.text("policy.cadreLockMinutes"), "tiga");
            f.s.settings().set(f.admin, Setting.text("policy.retentionYears"), "200");
            assertThat(f.s.privacySettings().current()).isEqualTo(new PrivacySettings(1, 2, 25));
        }
    }
}
