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
    void aPinShorterThanEightDigitsFromBeforeTheRuleLogsInOnceAndMustThenBeChanged() {
        try (Fixture f = Fixture.create(dir)) {
            String oldPin = "480215";
            String oldHash = f.hasher.hash(oldPin);
            f.s.db().tx(sql -> {
                new UserRepository().setPassword(sql, f.cadre.userId(), oldHash, false);
                return null;
            });
            assertThat(f.s.users().mustChangePassword(f.cadre)).isFalse();

            assertThat(f.s.users().login("kader.satu", oldPin)).isEqualTo(f.cadre);
            assertThat(f.s.users().mustChangePassword(f.cadre)).as("made to change it now").isTrue();
            assertThat(f.s.audit().latest(1).get(0).detail()).contains("PIN shorter than 8 digits");
            assertThatThrownBy(() -> f.s.users().changePassword(f.cadre, oldPin, "592614"))
                    .as("no new short PIN").hasMessageStartingWith("password.error.pinTooShort");

            f.s.users().changePassword(f.cadre, oldPin, "59261384");
            assertThat(f.s.users().mustChangePassword(f.cadre)).isFalse();
            assertThat(f.s.users().login("kader.satu", "59261384")).isEqualTo(f.cadre);
            assertThat(f.s.users().mustChangePassword(f.cadre)).isFalse();
            assertThat(f.s.users().login("bk.satu", Fixture.PASSWORD)).isEqualTo(f.counselor);
            assertThat(f.s.users().mustChangePassword(f.counselor)).as("only a cadre's digits are a PIN").isFalse();
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
            assertThat(stored).startsWith("$kb1-argon2id$").doesNotContain("Sangat-Rahasia-7");
            assertThat(f.s.users().login("bk.tiga", "Sangat-Rahasia-7").role()).isEqualTo(Role.COUNSELOR);
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("bk.tiga", "Lagi", Role.COUNSELOR,
                    "Sangat-Rahasia-8", null))).hasMessageStartingWith("user.error.usernameTaken");
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("kader.x", "Kader X", Role.CADRE,
                    "48021573", null))).isInstanceOf(ValidationException.class)
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

    /** The message key and its arguments: what the log-in screen would show. */
    private static String answer(Runnable attempt) {
        try {
            attempt.run();
            return "logged in";
        } catch (ServiceException e) {
            return e.getMessage() + java.util.Arrays.toString(e.args());
        }
    }

    @Test
    void aLockedAccountAndAnUnknownNameGetTheSameAnswersAfterOnePasswordCheckEach() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 1; i <= UserService.MAX_FAILED_LOGINS + 3; i++) {
                long before = f.hasher.checks();
                String account = answer(() -> f.s.users().login("bk.satu", "salah-sekali"));
                assertThat(f.hasher.checks() - before).as("one check for the account, try " + i).isEqualTo(1);
                before = f.hasher.checks();
                String unknown = answer(() -> f.s.users().login("tidak.ada", "salah-sekali"));
                assertThat(f.hasher.checks() - before).as("one check for the unknown name, try " + i).isEqualTo(1);
                assertThat(unknown).as("try " + i).isEqualTo(account);
                assertThat(account).startsWith(i < UserService.MAX_FAILED_LOGINS ? "login.error.invalid"
                        : "login.error.locked");
                f.clock.advance(Duration.ofSeconds(1));
            }
            // The lock ends for both alike, and both count again from the start.
            f.clock.advance(UserService.LOCKOUT);
            assertThat(answer(() -> f.s.users().login("tidak.ada", "salah-sekali")))
                    .isEqualTo("login.error.invalid[]");
            assertThat(f.s.users().login("bk.satu", Fixture.PASSWORD)).isEqualTo(f.counselor);
        }
    }

    @Test
    void refusingALockedAccountTakesAsLongAsRefusingAnUnknownName() {
        try (Fixture f = Fixture.create(dir, new PasswordHasher(12_288, 2))) {
            for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
                answer(() -> f.s.users().login("bk.satu", "salah-sekali"));
            }
            long[] locked = new long[5];
            long[] unknown = new long[5];
            for (int i = 0; i < locked.length; i++) {
                long t0 = System.nanoTime();
                answer(() -> f.s.users().login("bk.satu", "salah-lagi"));
                locked[i] = System.nanoTime() - t0;
                t0 = System.nanoTime();
                answer(() -> f.s.users().login("orang.asing", "salah-lagi"));
                unknown[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(locked);
            java.util.Arrays.sort(unknown);
            // Medians; without the dummy check a locked account was refused some ten times faster.
            assertThat((double) locked[2]).isBetween(unknown[2] * 0.6, unknown[2] * 1.7);
        }
    }

    @Test
    void wrongCurrentPasswordsInChangePasswordCountLikeLogInsAndLockTheAccount() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 1; i < UserService.MAX_FAILED_LOGINS; i++) {
                assertThatThrownBy(() -> f.s.users().changePassword(f.counselor, "salah-sekali",
                        "Kata-Sandi-Baru-5")).isInstanceOf(ValidationException.class)
                        .hasMessage("password.error.currentWrong");
            }
            assertThatThrownBy(() -> f.s.users().changePassword(f.counselor, "salah-sekali", "Kata-Sandi-Baru-5"))
                    .hasMessageStartingWith("login.error.locked");
            assertThat(f.s.users().sessionStillValid(f.counselor)).as("the window must log out").isFalse();
            assertThatThrownBy(() -> f.s.users().changePassword(f.counselor, Fixture.PASSWORD, "Kata-Sandi-Baru-5"))
                    .as("not even the right one while locked").hasMessageStartingWith("login.error.locked");
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
            assertThat(f.s.audit().latest(3)).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED));
        }
    }

    @Test
    void logInsAndWrongCurrentPasswordsShareOneCount() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < 3; i++) {
                answer(() -> f.s.users().login("bk.satu", "salah-sekali"));
                try {
                    f.s.users().changePassword(f.counselor, "salah-sekali", "Kata-Sandi-Baru-5");
                } catch (ServiceException expected) {
                    // counted
                }
            }
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
        }
    }

    @Test
    void theLastActiveAdminIsNotLockedOutButWaitsLongerAfterEachWrongTry() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
                answer(() -> f.s.users().login("admin", "salah-sekali"));
            }
            assertThatThrownBy(() -> f.s.users().login("admin", Fixture.PASSWORD))
                    .as("right after the sixth wrong try").hasMessageStartingWith("login.error.locked");
            f.clock.advance(Duration.ofSeconds(31));
            // A wrong guess after the wait looks like any locked account and doubles the next wait.
            assertThatThrownBy(() -> f.s.users().login("admin", "salah-lagi"))
                    .hasMessageStartingWith("login.error.locked");
            f.clock.advance(Duration.ofSeconds(45));
            assertThatThrownBy(() -> f.s.users().login("admin", Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
            f.clock.advance(Duration.ofSeconds(80));
            assertThat(f.s.users().login("admin", Fixture.PASSWORD)).isEqualTo(f.admin);

            // The admin sees how many failed tries there were, also after logging in.
            UserAccount own = f.s.users().accounts(f.admin).stream().filter(a -> a.id() == f.admin.userId())
                    .findFirst().orElseThrow();
            assertThat(own.failedTries()).isEqualTo(UserService.MAX_FAILED_LOGINS + 3);
            assertThat(own.locked()).isFalse();
        }
    }

    @Test
    void anAdminWhoIsNotTheLastActiveOneIsLockedLikeEveryoneElse() {
        try (Fixture f = Fixture.create(dir)) {
            f.user("admin.dua", "Operator Dua", Role.ADMIN, Fixture.PASSWORD, null);
            for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
                answer(() -> f.s.users().login("admin", "salah-sekali"));
            }
            f.clock.advance(Duration.ofMinutes(10));
            assertThatThrownBy(() -> f.s.users().login("admin", Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
            assertThat(f.s.users().login("admin.dua", Fixture.PASSWORD).role()).isEqualTo(Role.ADMIN);
        }
    }

    @Test
    void theAdminsWaitDoublesFromThirtySecondsToAtMostFiveMinutes() {
        assertThat(UserService.adminWait(0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(UserService.adminWait(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(UserService.adminWait(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(UserService.adminWait(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aHashFromBeforeTheCostWasRaisedIsMadeAgainAtTodaysCostWhenItsOwnerLogsIn() {
        try (Fixture f = Fixture.create(dir, new PasswordHasher(2048, 2))) {
            String old = new PasswordHasher(1024, 1).hash(Fixture.PIN);
            f.s.db().tx(s -> s.update("UPDATE users SET password_hash = ? WHERE id = ?", old, f.cadre.userId()));
            assertThatThrownBy(() -> f.s.users().login("kader.satu", "999999")).hasMessage("login.error.invalid");
            assertThat(hash(f, f.cadre.userId())).as("not on a wrong try").isEqualTo(old);

            assertThat(f.s.users().login("kader.satu", Fixture.PIN)).isEqualTo(f.cadre);
            String now = hash(f, f.cadre.userId());
            assertThat(now).startsWith("$kb1-argon2id$v=19$m=2048,t=2,p=1$");
            assertThat(f.hasher.verify(Fixture.PIN, now)).isTrue();
            assertThat(f.s.audit().latest(1).get(0).detail()).isEqualTo("password rehashed");
            assertThat(f.s.users().mustChangePassword(f.cadre)).isFalse();
        }
    }

    private static String hash(Fixture f, long userId) {
        return f.s.db().<java.util.Optional<String>>read(s -> s.string("SELECT password_hash FROM users WHERE id = ?",
                userId)).orElseThrow();
    }
}
