package id.kantibekisah.security;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The admin's users screen below the UI: create, reset, unlock, deactivate, link; and the lock screen's check. */
class AccountsTest {
    @TempDir
    Path dir;

    private static UserAccount account(Fixture f, long id) {
        return f.s.users().accounts(f.admin).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordAtTheFirstLogIn() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.s.users().create(f.admin, new NewUser("bk.tiga", "Bu Tiga", Role.COUNSELOR,
                    "Sementara-Saja-4", null));
            Actor tiga = f.s.users().login("bk.tiga", "Sementara-Saja-4");
            assertThat(f.s.users().mustChangePassword(tiga)).isTrue();
            f.s.users().changePassword(tiga, "Sementara-Saja-4", "Pilihan-Sendiri-8");
            assertThat(f.s.users().mustChangePassword(tiga)).isFalse();
            assertThat(account(f, id).user().mustChangePassword()).isFalse();
        }
    }

    @Test
    void aResetPasswordWorksOnceAndMustBeChangedAtTheNextLogIn() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.users().resetPassword(f.admin, f.counselor.userId(), "Sementara-Saja-4");
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessage("login.error.invalid");
            Actor satu = f.s.users().login("bk.satu", "Sementara-Saja-4");
            assertThat(f.s.users().mustChangePassword(satu)).isTrue();
            AuditEntry reset = f.s.audit().latest(20).stream()
                    .filter(e -> e.action() == AuditAction.USER_PASSWORD_RESET).findFirst().orElseThrow();
            assertThat(reset.userId()).isEqualTo(f.admin.userId());
            assertThat(reset.detail()).isEqualTo("user " + f.counselor.userId()).doesNotContain("Sementara");
        }
    }

    @Test
    void aCadresPinIsResetToANewPinOfAtLeastEightDigits() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.users().resetPassword(f.admin, f.cadre.userId(), "4802157"))
                    .isInstanceOf(ValidationException.class).hasMessageStartingWith("password.error.pinTooShort");
            assertThatThrownBy(() -> f.s.users().resetPassword(f.admin, f.cadre.userId(), "12345678"))
                    .hasMessage("password.error.common");
            f.s.users().resetPassword(f.admin, f.cadre.userId(), "58392017");
            assertThat(f.s.users().login("kader.satu", "58392017")).isEqualTo(f.cadre);
        }
    }

    @Test
    void theAdminUnlocksALockedAccountBeforeTheThirtyMinutesAreOver() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
                assertThatThrownBy(() -> f.s.users().login("bk.satu", "salah-sekali"));
            }
            assertThat(account(f, f.counselor.userId()).locked()).isTrue();
            f.clock.advance(Duration.ofMinutes(5));
            f.s.users().unlock(f.admin, f.counselor.userId());
            assertThat(account(f, f.counselor.userId()).locked()).isFalse();
            assertThat(f.s.users().login("bk.satu", Fixture.PASSWORD)).isEqualTo(f.counselor);
            assertThat(f.s.audit().latest(50)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.USER_UNLOCK);
                assertThat(e.detail()).isEqualTo("user " + f.counselor.userId());
            });
        }
    }

    @Test
    void aDeactivatedAccountCannotLogInAndKeepsItsHistory() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(id.kantibekisah.cases.CaseStatus.IN_PROGRESS);
            f.s.users().deactivate(f.admin, f.counselor.userId());
            assertThatThrownBy(() -> f.s.users().login("bk.satu", Fixture.PASSWORD))
                    .hasMessage("login.error.inactive");
            assertThat(f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM users WHERE id = ?",
                    f.counselor.userId()))).isEqualTo(1);
            assertThat(f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM cases WHERE counselor_id = ?",
                    f.counselor.userId()))).isEqualTo(1);
            assertThat(f.s.users().sessionStillValid(f.counselor)).isFalse();
            f.s.users().reactivate(f.admin, f.counselor.userId());
            assertThat(f.s.users().login("bk.satu", Fixture.PASSWORD)).isEqualTo(f.counselor);
        }
    }

    @Test
    void theAdminCannotDeactivateThemselfOrTheLastAdmin() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.users().deactivate(f.admin, f.admin.userId()))
                    .hasMessage("user.error.notYourself");
            Actor second = f.user("admin2", "Operator Dua", Role.ADMIN, Fixture.PASSWORD, null);
            f.s.users().deactivate(f.admin, second.userId());
            assertThatThrownBy(() -> f.s.users().deactivate(second, f.admin.userId()))
                    .as("the remaining admin").hasMessage("user.error.lastAdmin");
        }
    }

    @Test
    void aCadreIsLinkedToOneStudentAndTheAdminFindsStudentsByNameOrClassOnly() {
        try (Fixture f = Fixture.create(dir)) {
            List<StudentChoice> byClass = f.s.users().cadreCandidates(f.admin, "9c eka");
            assertThat(byClass).extracting(StudentChoice::name).containsExactly("Eka Wulandari");
            assertThat(f.s.users().cadreCandidates(f.admin, "citra")).extracting(StudentChoice::className)
                    .containsExactly("7A");
            assertThat(f.s.users().cadreCandidates(f.admin, "0133")).as("no NISN search for the admin").isEmpty();
            assertThat(f.s.users().cadreCandidates(f.admin, "ci")).as("too short to browse the roster").isEmpty();
            assertThat(StudentChoice.class.getRecordComponents()).extracting(c -> c.getName())
                    .containsExactly("id", "name", "className");

            long id = f.s.users().create(f.admin, new NewUser("kader.tiga", "Citra", Role.CADRE, "58392017",
                    f.students.get(2)));
            assertThat(account(f, id).studentName()).isEqualTo("Citra Maharani");
            assertThat(account(f, id).studentClass()).isEqualTo("7A");
            assertThatThrownBy(() -> f.s.users().create(f.admin, new NewUser("kader.empat", "Citra lagi",
                    Role.CADRE, "58392018", f.students.get(2)))).hasMessageStartingWith("user.error.studentLinked");
            f.s.users().linkStudent(f.admin, id, f.students.get(3));
            assertThat(account(f, id).studentName()).isEqualTo("Dimas Pratama");
            assertThatThrownBy(() -> f.s.users().linkStudent(f.admin, f.counselor.userId(), f.students.get(4)))
                    .hasMessage("user.error.onlyCadreLinked");
        }
    }

    @Test
    void wrongPasswordsOnTheLockScreenCountTowardTheLockout() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> f.s.users().login("bk.satu", "salah-sekali"));
            }
            f.s.users().lockScreen(f.counselor);
            for (int i = 0; i < 2; i++) {
                assertThatThrownBy(() -> f.s.users().unlockScreen(f.counselor, "salah-lagi"))
                        .isInstanceOf(ServiceException.class).hasMessage("login.error.invalid");
            }
            assertThat(f.s.users().sessionStillValid(f.counselor)).isTrue();
            assertThatThrownBy(() -> f.s.users().unlockScreen(f.counselor, "salah-lagi"))
                    .as("the sixth wrong try in all").hasMessageStartingWith("login.error.locked");
            assertThat(f.s.users().sessionStillValid(f.counselor)).isFalse();
            assertThatThrownBy(() -> f.s.users().unlockScreen(f.counselor, Fixture.PASSWORD))
                    .hasMessageStartingWith("login.error.locked");
            List<AuditEntry> failed = f.s.audit().latest(100).stream()
                    .filter(e -> e.action() == AuditAction.LOGIN_FAILED).toList();
            assertThat(failed).hasSize(7).allSatisfy(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED));
            assertThat(failed.get(1).detail()).isEqualTo("lock screen: locked");
        }
    }

    @Test
    void theRightPasswordOnTheLockScreenClearsTheWrongTries() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.users().lockScreen(f.cadre);
            assertThatThrownBy(() -> f.s.users().unlockScreen(f.cadre, "111111"));
            f.s.users().unlockScreen(f.cadre, Fixture.PIN);
            assertThat(account(f, f.cadre.userId()).user().failedLogins()).isZero();
            assertThat(f.s.audit().latest(3)).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.USER_LIST, AuditAction.SCREEN_UNLOCK, AuditAction.LOGIN_FAILED);
        }
    }
}
