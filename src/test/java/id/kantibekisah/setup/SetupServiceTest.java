package id.kantibekisah.setup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.terms.Semester;
import id.kantibekisah.terms.Term;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SetupServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Fixture.START, Fixture.ZONE);

    private AppServices empty() {
        return AppServices.open(dir.resolve("baru.db"), clock, new PasswordHasher(1024, 1));
    }

    private static FirstRunSetup setup(String password) {
        return new FirstRunSetup(" SMP Negeri 1 Koba ", "10901234", "Jl. Merdeka 1", "Koba", "2026/2027",
                Semester.GANJIL, "operator", "Operator Sekolah", password);
    }

    @Test
    void aNewDatabaseHasNoUserAndNoDefaultPassword() {
        try (AppServices s = empty()) {
            assertThat(s.setup().needed()).isTrue();
            assertThat(s.users().hasUsers()).isFalse();
            assertThat(s.setup().suggestedTerm()).isEqualTo(new Term.Key("2026/2027", Semester.GANJIL));
        }
    }

    @Test
    void theWizardSavesTheSchoolTheTermAndTheFirstAdminInOneGo() {
        try (AppServices s = empty()) {
            Actor admin = s.setup().complete(setup("Kunci-Sekolah-26"));
            assertThat(admin.role()).isEqualTo(Role.ADMIN);
            assertThat(s.setup().needed()).isFalse();
            assertThat(s.settings().profile().name()).isEqualTo("SMP Negeri 1 Koba");
            assertThat(s.settings().profile().npsn()).isEqualTo("10901234");
            Term term = s.terms().byCode("2026/2027-1");
            assertThat(term.startDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(s.terms().current()).isEqualTo(term);
            Actor loggedIn = s.users().login("operator", "Kunci-Sekolah-26");
            assertThat(loggedIn).isEqualTo(admin);
            assertThat(s.users().mustChangePassword(loggedIn)).as("they chose it themselves").isFalse();
            AuditEntry row = s.audit().latest(2).get(1);
            assertThat(row.action()).isEqualTo(AuditAction.SETUP_COMPLETE);
            assertThat(row.userId()).isEqualTo(admin.userId());
        }
    }

    @Test
    void onceAnyUserExistsTheWizardIsRefusedAndTheAttemptAudited() {
        try (AppServices s = empty()) {
            s.setup().complete(setup("Kunci-Sekolah-26"));
            FirstRunSetup again = new FirstRunSetup("Sekolah Lain", "10901235", null, null, "2026/2027",
                    Semester.GANJIL, "penyusup", "Penyusup", "Kunci-Penyusup-9");
            assertThatThrownBy(() -> s.setup().complete(again)).isInstanceOf(AccessDeniedException.class);
            assertThat(s.settings().profile().name()).isEqualTo("SMP Negeri 1 Koba");
            assertThatThrownBy(() -> s.users().login("penyusup", "Kunci-Penyusup-9"))
                    .hasMessage("login.error.invalid");
            AuditEntry refusal = s.audit().latest(10).stream().filter(e -> e.outcome() == AuditOutcome.REFUSED)
                    .findFirst().orElseThrow();
            assertThat(refusal.action()).isEqualTo(AuditAction.SETUP_COMPLETE);
            assertThat(refusal.username()).isEqualTo("penyusup");
        }
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndNothingIsSaved() {
        try (AppServices s = empty()) {
            assertThatThrownBy(() -> s.setup().complete(setup("password")))
                    .isInstanceOf(ValidationException.class).hasMessage("password.error.common");
            assertThatThrownBy(() -> s.setup().complete(new FirstRunSetup("SMP", "1234", null, null, "2026/2027",
                    Semester.GANJIL, "operator", "Operator", "Kunci-Sekolah-26"))).hasMessage("school.error.npsn");
            assertThatThrownBy(() -> s.setup().complete(new FirstRunSetup("SMP", "10901234", null, null,
                    "2026/2028", Semester.GANJIL, "operator", "Operator", "Kunci-Sekolah-26")))
                    .hasMessage("setup.error.academicYear");
            assertThatThrownBy(() -> s.setup().complete(new FirstRunSetup("", "10901234", null, null,
                    "2026/2027", Semester.GANJIL, "operator", "Operator", "Kunci-Sekolah-26")))
                    .hasMessage("school.error.nameMissing");
            assertThat(s.setup().needed()).isTrue();
            assertThat(s.settings().profile().name()).isEmpty();
            assertThat(s.terms().list()).isEmpty();
        }
    }
}
