package id.kantibekisah.security;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceTest {
    @TempDir
    Path dir;

    @Test
    void theRightPasswordLogsInAndIsAudited() {
        try (Fixture f = Fixture.create(dir)) {
            Actor a = f.s.users().login("BK.SATU", Fixture.PASSWORD);
            assertThat(a).isEqualTo(f.counselor);
            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.LOGIN);
            assertThat(row.userId()).isEqualTo(f.counselor.userId());
        }
    }

    @Test
    void aCadreLogsInWithTheirPin() {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(f.s.users().login("kader.satu", Fixture.PIN)).isEqualTo(f.cadre);
        }
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameMessageAndAreAudited() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.users().login("bk.satu", "salah-sekali"))
                    .isInstanceOf(ServiceException.class).hasMessage("login.error.invalid");
            assertThatThrownBy(() -> f.s.users().login("tidak.ada", "salah-sekali"))
                    .isInstanceOf(ServiceException.class).hasMessage("login.error.invalid");
            assertThat(f.s.audit().latest(2)).allSatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILED);
                assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED);
            });
        }
    }

    @Test
    void sixWrongTriesLockTheAccountForThirtyMinutes() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 1; i < UserService.MAX_FAILED_LOGINS; i++) {
                assertThatThrownBy(() -> f.s.users().login("bk.satu", "salah-sekali"))
                        .hasMessage("login.error.invalid");
            }
            assertThatThrownBy(() -> f.s.users().login("bk.satu", "salah-sekali"))
                    .hasMessageStartingWith("login.error.locked");
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .as("even the right password while locked").hasMessageStartingWith("login.error.locked");
            f.clock.advance(Duration.ofMinutes(29));
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
            f.clock.advance(Duration.ofMinutes(2));
            assertThat(f.s.users().login("bk.satu", Fixture.PASSWORD)).isEqualTo(f.counselor);
        }
    }

    @Test
    void anInactiveAccountCannotLogIn() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.db().tx(s -> s.update("UPDATE users SET active = 0 WHERE id = ?", f.counselor2.userId()));
            assertThatThrownBy(() -> f.s.users().login("bk.dua", Fixture.PASSWORD))
                    .hasMessage("login.error.inactive");
        }
    }

    @Test
    void theAdminCreatesAccountsWithValidatedPasswordsNeverStoredInClear() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.s.users().create(f.admin, new NewUser("bk.tiga", "Bu Tiga", Role.COUNSELOR,
                    "Sangat-Rahasia-7", null));
            String stored = f.s.db().<java.util.Optional<String>>read(s -> s.string("SELECT password_hash FROM users WHERE id = ?", id))
                    .orElseThrow();
            assertThat(stored).startsWith("$argon2id$").doesNotContain("Sangat-Rahasia-7");
            assertThat(f.s.users().login("bk.tiga", "Sangat-Rahasia-7").role()).isEqualTo(Role.COUNSELOR);
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("bk.tiga", "Lagi", Role.COUNSELOR,
                    "Sangat-Rahasia-8", null))).hasMessageStartingWith("user.error.usernameTaken");
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("kader.x", "Kader X", Role.CADRE,
                    "480215", null))).isInstanceOf(ValidationException.class)
                    .hasMessage("user.error.cadreNeedsStudent");
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("a b", "X", Role.ADMIN,
                    "Sangat-Rahasia-8", null))).hasMessage("user.error.username");
        }
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.users().changePassword(f.counselor, "salah-sekali", "Kata-Sandi-Baru-5"))
                    .hasMessage("password.error.currentWrong");
            f.s.users().changePassword(f.counselor, Fixture.PASSWORD, "Kata-Sandi-Baru-5");
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessage("login.error.invalid");
            assertThat(f.s.users().login("bk.satu", "Kata-Sandi-Baru-5")).isEqualTo(f.counselor);
        }
    }
}
