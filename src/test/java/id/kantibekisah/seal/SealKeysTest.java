package id.kantibekisah.seal;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.seal.SealService.KeyState;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every key event of the seal, through the real log-in: first run, password change, admin reset and re-grant
 * (by a colleague and by the recovery code), re-issuing the recovery code, a wrong password or code, a corrupted
 * wrapped key. The admin and cadres never get a key.
 */
class SealKeysTest {
    @TempDir
    Path dir;

    private static final String NEW_PASSWORD = "Kata-Sandi-Baru-5";

    private static long wrappedKeys(Fixture f) {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM seal_reader_keys"));
    }

    private static boolean hasWrappedKey(Fixture f, Actor a) {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM seal_reader_keys WHERE user_id = ?",
                a.userId())) == 1;
    }

    @Test
    void theFirstCounselorToLogInCreatesTheKeysAndSeesTheRecoveryCodeOnce() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor admin = f.s.users().login("admin", Fixture.PASSWORD);
            assertThat(f.s.seal().state(admin)).isEqualTo(KeyState.NOT_A_READER);
            Actor cadre = f.s.users().login("kader.satu", Fixture.PIN);
            assertThat(f.s.seal().state(cadre)).isEqualTo(KeyState.NOT_A_READER);
            assertThat(wrappedKeys(f)).isZero();

            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            assertThat(f.s.seal().state(counselor)).isEqualTo(KeyState.HOLDS_KEY);
            String code = f.s.seal().takeRecoveryCode(counselor).orElseThrow();
            assertThat(code).matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}");
            assertThat(f.s.seal().takeRecoveryCode(counselor)).as("shown once").isEmpty();
            assertThat(wrappedKeys(f)).isEqualTo(1);
            assertThat(f.s.audit().latest(5)).anySatisfy(e -> assertThat(e.action())
                    .isEqualTo(AuditAction.SEAL_KEY_CREATE));
            // the code is nowhere in the file
            String dump = f.s.db().<java.util.Optional<String>>read(sql -> sql.string(
                    "SELECT group_concat(recovery_wrapped || recovery_salt || public_keyset) FROM seal_keyring"))
                    .orElseThrow();
            assertThat(dump).doesNotContain(code).doesNotContain(code.replace("-", ""));

            // a second log-in opens the same key and creates nothing
            f.s.users().logout(counselor);
            Actor again = f.s.users().login("bk.satu", Fixture.PASSWORD);
            assertThat(f.s.seal().state(again)).isEqualTo(KeyState.HOLDS_KEY);
            assertThat(f.s.seal().takeRecoveryCode(again)).isEmpty();
            assertThat(f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM seal_keyring"))).isEqualTo(1);

            // admin and cadre have no wrapped key and cannot get one
            assertThatThrownBy(() -> f.s.seal().keyOf(admin)).isInstanceOf(ServiceException.class);
            assertThatThrownBy(() -> f.s.seal().grantWithRecoveryCode(admin, code))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.s.seal().grantWithRecoveryCode(cadre, code))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(hasWrappedKey(f, admin)).isFalse();
        }
    }

    @Test
    void anotherReaderStartsWithoutAKeyUntilAColleagueGrantsItInTheirSession() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor first = f.s.users().login("bk.satu", Fixture.PASSWORD);
            byte[] probe = f.s.seal().keyOf(first).seal("uji", "probe");
            Actor second = f.s.users().login("bk.dua", Fixture.PASSWORD);
            assertThat(f.s.seal().state(second)).isEqualTo(KeyState.NO_KEY);
            assertThatThrownBy(() -> f.s.seal().keyOf(second)).isInstanceOf(ServiceException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "seal.error.noKey");

            // a wrong password of the colleague: refused, counted, nothing granted
            assertThatThrownBy(() -> f.s.users().grantSealKey(second, "bk.satu", "salah-sandinya"))
                    .isInstanceOf(ValidationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "seal.error.colleagueWrong");
            assertThat(hasWrappedKey(f, second)).isFalse();
            assertThat(f.s.audit().latest(3)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.LOGIN_FAILED);
                assertThat(e.username()).isEqualTo("bk.satu");
            });
            // a colleague without a key cannot grant one
            Actor principal = f.s.users().login("kepsek", Fixture.PASSWORD);
            assertThatThrownBy(() -> f.s.users().grantSealKey(principal, "bk.dua", Fixture.PASSWORD))
                    .isInstanceOf(ValidationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "seal.error.colleagueHasNoKey");

            f.s.users().grantSealKey(second, "bk.satu", Fixture.PASSWORD);
            assertThat(f.s.seal().state(second)).isEqualTo(KeyState.HOLDS_KEY);
            assertThat(f.s.seal().keyOf(second).open(probe, "probe")).isEqualTo("uji");
            // and from now on their own password opens it
            f.s.users().logout(second);
            Actor back = f.s.users().login("bk.dua", Fixture.PASSWORD);
            assertThat(f.s.seal().keyOf(back).open(probe, "probe")).isEqualTo("uji");
            // the principal is a reader too
            f.s.users().grantSealKey(principal, "bk.dua", Fixture.PASSWORD);
            assertThat(f.s.seal().keyOf(principal).open(probe, "probe")).isEqualTo("uji");
            assertThat(wrappedKeys(f)).isEqualTo(3);
        }
    }

    @Test
    void aPasswordChangeRewrapsTheKeySoOnlyTheNewPasswordOpensIt() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            byte[] probe = f.s.seal().keyOf(counselor).seal("uji", "probe");
            String before = wrapped(f, counselor);
            f.s.users().changePassword(counselor, Fixture.PASSWORD, NEW_PASSWORD);
            assertThat(wrapped(f, counselor)).isNotEqualTo(before);
            f.s.users().logout(counselor);
            Actor back = f.s.users().login("bk.satu", NEW_PASSWORD);
            assertThat(f.s.seal().state(back)).isEqualTo(KeyState.HOLDS_KEY);
            assertThat(f.s.seal().keyOf(back).open(probe, "probe")).isEqualTo("uji");
        }
    }

    @Test
    void anAdminsResetLeavesTheReaderWithoutAKeyUntilTheRecoveryCodeGrantsItAgain() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            String code = f.s.seal().takeRecoveryCode(counselor).orElseThrow();
            byte[] probe = f.s.seal().keyOf(counselor).seal("uji", "probe");
            f.s.users().logout(counselor);

            f.s.users().resetPassword(f.admin, counselor.userId(), "Sementara-Saja-4");
            assertThat(hasWrappedKey(f, counselor)).as("the admin typed that password").isFalse();
            assertThat(f.s.audit().latest(3)).anySatisfy(e -> assertThat(e.action())
                    .isEqualTo(AuditAction.SEAL_KEY_REVOKE));

            Actor back = f.s.users().login("bk.satu", "Sementara-Saja-4");
            assertThat(f.s.seal().state(back)).isEqualTo(KeyState.NO_KEY);
            f.s.users().changePassword(back, "Sementara-Saja-4", NEW_PASSWORD);
            assertThat(f.s.seal().state(back)).isEqualTo(KeyState.NO_KEY);

            // a wrong or mistyped code: refused, audited, nothing changes
            assertThatThrownBy(() -> f.s.seal().grantWithRecoveryCode(back, "22222-22222-22222-22222-22222"))
                    .isInstanceOf(ValidationException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "seal.error.wrongRecoveryCode");
            assertThatThrownBy(() -> f.s.seal().grantWithRecoveryCode(back, "bukan kode"))
                    .isInstanceOf(ValidationException.class);
            assertThat(f.s.audit().latest(1).get(0).outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(hasWrappedKey(f, back)).isFalse();

            // typed in lower case with spaces: still the code
            f.s.seal().grantWithRecoveryCode(back, code.toLowerCase().replace("-", " "));
            assertThat(f.s.seal().keyOf(back).open(probe, "probe")).isEqualTo("uji");
            f.s.users().logout(back);
            Actor later = f.s.users().login("bk.satu", NEW_PASSWORD);
            assertThat(f.s.seal().keyOf(later).open(probe, "probe")).isEqualTo("uji");
        }
    }

    @Test
    void aReissuedRecoveryCodeReplacesTheOldOne() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            String old = f.s.seal().takeRecoveryCode(counselor).orElseThrow();
            byte[] probe = f.s.seal().keyOf(counselor).seal("uji", "probe");
            Actor principal = f.s.users().login("kepsek", Fixture.PASSWORD);
            assertThatThrownBy(() -> f.s.seal().reissueRecoveryCode(principal))
                    .isInstanceOf(AccessDeniedException.class);
            String fresh = f.s.seal().reissueRecoveryCode(counselor);
            assertThat(fresh).isNotEqualTo(old);
            assertThat(f.s.seal().keyFromRecoveryCode(old)).isNull();
            assertThat(f.s.seal().keyFromRecoveryCode(fresh).open(probe, "probe")).isEqualTo("uji");
            assertThat(f.s.audit().latest(1).get(0).action()).isEqualTo(AuditAction.SEAL_RECOVERY_ISSUE);
        }
    }

    @Test
    void aCorruptedWrappedKeyIsReportedAndAGrantRepairsItWithNothingLost() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            String code = f.s.seal().takeRecoveryCode(counselor).orElseThrow();
            byte[] sealed = f.s.seal().keyOf(counselor).seal("Catatan rahasia.", "test.notes");
            f.s.users().logout(counselor);
            byte[] wrapped = Base64.getDecoder().decode(wrapped(f, counselor));
            wrapped[wrapped.length - 3] ^= 0x40;
            f.s.db().tx(sql -> sql.update("UPDATE seal_reader_keys SET wrapped = ? WHERE user_id = ?",
                    Base64.getEncoder().encodeToString(wrapped), counselor.userId()));

            Actor back = f.s.users().login("bk.satu", Fixture.PASSWORD);
            assertThat(f.s.seal().state(back)).isEqualTo(KeyState.KEY_DAMAGED);
            assertThat(f.s.audit().latest(2)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.SEAL_KEY_DAMAGED);
                assertThat(e.outcome()).isEqualTo(AuditOutcome.FAILED);
            });
            f.s.seal().grantWithRecoveryCode(back, code);
            assertThat(f.s.seal().keyOf(back).open(sealed, "test.notes")).isEqualTo("Catatan rahasia.");
        }
    }

    @Test
    void aSealedValueOpensOnlyInItsOwnPlaceAndNotWhenAltered() {
        DataKey key = DataKey.random();
        byte[] sealed = key.seal("Diejek terus di kelas.", "cases.description");
        assertThat(key.open(sealed, "cases.description")).isEqualTo("Diejek terus di kelas.");
        assertThatThrownBy(() -> key.open(sealed, "sessions.notes")).isInstanceOf(SealBrokenException.class);
        byte[] altered = sealed.clone();
        altered[20] ^= 1;
        assertThatThrownBy(() -> key.open(altered, "cases.description")).isInstanceOf(SealBrokenException.class);
        assertThatThrownBy(() -> DataKey.random().open(sealed, "cases.description"))
                .isInstanceOf(SealBrokenException.class);
    }

    @Test
    void aCadreSealsToTheCaseFileAndOnlyAKeyHolderOpensIt() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            Actor counselor = f.s.users().login("bk.satu", Fixture.PASSWORD);
            Actor cadre = f.s.users().login("kader.satu", Fixture.PIN);
            byte[] sealed = f.s.db().tx(sql -> f.s.seal().sealToCaseFile(sql, "Dia dipukul di kantin.",
                    "cases.description"));
            assertThatThrownBy(() -> f.s.db().read(sql -> f.s.seal().openFromCaseFile(sql, cadre, sealed,
                    "cases.description"))).isInstanceOf(ServiceException.class);
            assertThat(f.s.db().<String>read(sql -> f.s.seal().openFromCaseFile(sql, counselor, sealed,
                    "cases.description"))).isEqualTo("Dia dipukul di kantin.");
            assertThatThrownBy(() -> f.s.db().read(sql -> f.s.seal().openFromCaseFile(sql, counselor, sealed,
                    "sessions.notes"))).isInstanceOf(SealBrokenException.class);
        }
    }

    @Test
    void aLogInOfAReaderCostsOnePasswordDerivation() {
        try (Fixture f = Fixture.withoutSealKeys(dir)) {
            f.s.users().login("bk.satu", Fixture.PASSWORD);
            long before = f.hasher.derivations();
            Actor second = f.s.users().login("bk.satu", Fixture.PASSWORD);
            assertThat(f.hasher.derivations() - before).as("Argon2id runs").isEqualTo(1);
            assertThat(f.s.seal().state(second)).isEqualTo(KeyState.HOLDS_KEY);
        }
    }

    private static String wrapped(Fixture f, Actor a) {
        return f.s.db().<java.util.Optional<String>>read(sql -> sql.string(
                "SELECT wrapped FROM seal_reader_keys WHERE user_id = ?",
                a.userId())).orElseThrow();
    }
}
