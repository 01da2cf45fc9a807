package id.kantibekisah.security;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordTest {
    @Test
    void hashesAreArgon2idAtTheRaisedCostAndSalted() {
        PasswordHasher hasher = new PasswordHasher();
        String a = hasher.hash("Guru-BK-Koba-7");
        String b = hasher.hash("Guru-BK-Koba-7");
        assertThat(a).startsWith("$kb1-argon2id$v=19$m=47104,t=8,p=1$").doesNotContain("Guru-BK-Koba-7");
        assertThat(hasher.hash("48021573")).as("a PIN costs the same")
                .startsWith("$kb1-argon2id$v=19$m=47104,t=8,p=1$");
        assertThat(a).isNotEqualTo(b);
        assertThat(hasher.verify("Guru-BK-Koba-7", a)).isTrue();
        assertThat(hasher.verify("Guru-BK-Koba-8", a)).isFalse();
        assertThat(hasher.verify("Guru-BK-Koba-7", "plain text")).isFalse();
        assertThat(hasher.verify(null, a)).isFalse();
    }

    @Test
    void oneDerivationGivesTheVerifierAndTheKeyEncryptionKeyAndTheStoredFormRevealsNeither() {
        PasswordHasher hasher = new PasswordHasher(1024, 1);
        PasswordHasher.Derived derived = hasher.derive("Guru-BK-Koba-7");
        long before = hasher.derivations();
        PasswordHasher.Match match = hasher.check("Guru-BK-Koba-7", derived.storedHash());
        assertThat(hasher.derivations() - before).isEqualTo(1);
        assertThat(match.keyEncryptionKey()).hasSize(32).isEqualTo(derived.keyEncryptionKey());
        String verifier = derived.storedHash().substring(derived.storedHash().lastIndexOf('$') + 1);
        assertThat(java.util.Base64.getDecoder().decode(verifier)).isNotEqualTo(derived.keyEncryptionKey());
        assertThat(hasher.check("Guru-BK-Koba-8", derived.storedHash())).isNull();
        assertThat(hasher.derive("Guru-BK-Koba-7").keyEncryptionKey()).as("salted")
                .isNotEqualTo(derived.keyEncryptionKey());
    }

    @Test
    void anOlderPhcHashStillVerifiesGivesNoKeyAndIsMadeAgain() {
        PasswordHasher hasher = new PasswordHasher(1024, 1);
        String legacy = com.password4j.Password.hash("Guru-BK-Koba-7").addRandomSalt(16)
                .with(com.password4j.Argon2Function.getInstance(1024, 1, 1, 32, com.password4j.types.Argon2.ID))
                .getResult();
        assertThat(legacy).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        PasswordHasher.Match match = hasher.check("Guru-BK-Koba-7", legacy);
        assertThat(match).isNotNull();
        assertThat(match.keyEncryptionKey()).isNull();
        assertThat(hasher.cheaperThanCurrent(legacy)).as("made again in the new form").isTrue();
        assertThat(hasher.check("Guru-BK-Koba-8", legacy)).isNull();
    }

    @Test
    void theDummyHashOfUnknownNamesCostsWhatARealHashCosts() {
        assertThat(PasswordHasher.PRODUCTION_DUMMY).startsWith("$argon2id$v=19$m=" + PasswordHasher.MEMORY_KIB
                + ",t=" + PasswordHasher.ITERATIONS + ",p=1$");
        assertThat(new PasswordHasher().verify("not-a-real-password", PasswordHasher.PRODUCTION_DUMMY)).isTrue();
    }

    @Test
    void aHashOfTheOldOwaspCostIsCheaperThanTodaysAndOneAtTodaysIsNot() {
        PasswordHasher today = new PasswordHasher(2048, 3);
        assertThat(today.cheaperThanCurrent(new PasswordHasher(1024, 3).hash("Guru-BK-Koba-7"))).isTrue();
        assertThat(today.cheaperThanCurrent(new PasswordHasher(2048, 2).hash("Guru-BK-Koba-7"))).isTrue();
        assertThat(today.cheaperThanCurrent(today.hash("Guru-BK-Koba-7"))).isFalse();
        assertThat(new PasswordHasher(19_456, 2).cheaperThanCurrent(new PasswordHasher(1024, 3).hash("x"))).isTrue();
        assertThat(new PasswordHasher(1024, 1).cheaperThanCurrent(today.hash("x"))).as("dearer is not cheaper")
                .isFalse();
        assertThat(today.cheaperThanCurrent("plain text")).isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifies() {
        String cheap = new PasswordHasher(1024, 1).hash("Guru-BK-Koba-7");
        assertThat(new PasswordHasher().verify("Guru-BK-Koba-7", cheap)).isTrue();
    }

    @Test
    void passwordsNeedEightCharactersAndMustNotBeCommon() {
        assertThatThrownBy(() -> PasswordPolicy.check(Role.COUNSELOR, "Abc-123"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("password.error.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check(Role.COUNSELOR, "Password123"))
                .hasMessageContaining("password.error.common");
        assertThatThrownBy(() -> PasswordPolicy.check(Role.ADMIN, "12345678"))
                .hasMessageContaining("password.error.common");
        assertThatThrownBy(() -> PasswordPolicy.check(Role.ADMIN, " "))
                .hasMessageContaining("password.error.empty");
        assertThatCode(() -> PasswordPolicy.check(Role.COUNSELOR, "Layang-layang 9")).doesNotThrowAnyException();
    }

    @Test
    void aCadreMayUseAPinOfEightDigitsThatIsNotTrivial() {
        assertThatCode(() -> PasswordPolicy.check(Role.CADRE, "48021573")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check(Role.CADRE, "4802157"))
                .hasMessageContaining("password.error.pinTooShort");
        for (String trivial : new String[] {"12345678", "87654321", "00000000", "77777777", "23456789"}) {
            assertThatThrownBy(() -> PasswordPolicy.check(Role.CADRE, trivial))
                    .as(trivial).hasMessageContaining("password.error.common");
        }
        assertThatThrownBy(() -> PasswordPolicy.check(Role.COUNSELOR, "4802157"))
                .as("staff cannot use a short PIN").hasMessageContaining("password.error.tooShort");
    }
}
