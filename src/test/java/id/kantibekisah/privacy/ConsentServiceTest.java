package id.kantibekisah.privacy;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsentServiceTest {
    @TempDir
    Path dir;

    @Test
    void aConsentIsRecordedWithWhoGaveItAndWithdrawnWithoutBeingDeleted() {
        try (Fixture f = Fixture.create(dir)) {
            long student = f.students.get(2);
            long id = f.s.consents().record(f.counselor, student, new ConsentDraft(ConsentBasis.PARENT_CONSENT,
                    " Ibu Maharani ", f.today().minusDays(30), "Formulir awal tahun"));
            f.s.consents().record(f.counselor, student, new ConsentDraft(ConsentBasis.LEGAL_OBLIGATION, null,
                    f.today().minusDays(2), null));
            f.s.consents().withdraw(f.counselor2, id, f.today());

            List<Consent> list = f.s.consents().consents(f.counselor, student);
            assertThat(list).extracting(Consent::basis)
                    .containsExactly(ConsentBasis.LEGAL_OBLIGATION, ConsentBasis.PARENT_CONSENT);
            Consent parent = list.get(1);
            assertThat(parent.givenBy()).isEqualTo("Ibu Maharani");
            assertThat(parent.withdrawn()).isTrue();
            assertThat(parent.withdrawnOn()).isEqualTo(f.today());
            assertThat(parent.withdrawnByName()).isEqualTo("Pak Dua");
            assertThat(parent.recordedByName()).isEqualTo("Bu Satu");
            assertThat(f.s.audit().latest(3)).extracting(AuditEntry::action).containsExactly(
                    AuditAction.CONSENT_VIEW, AuditAction.CONSENT_WITHDRAW, AuditAction.CONSENT_RECORD);
            assertThat(f.s.audit().latest(3)).allSatisfy(e -> assertThat(e.studentId()).isEqualTo(student));
        }
    }

    @Test
    void aParentsConsentNamesTheParentAndDatesAreNotInTheFuture() {
        try (Fixture f = Fixture.create(dir)) {
            long student = f.students.get(2);
            assertThatThrownBy(() -> f.s.consents().record(f.counselor, student,
                    new ConsentDraft(ConsentBasis.PARENT_CONSENT, " ", f.today(), null)))
                    .isInstanceOf(ValidationException.class).hasMessage("privacy.error.givenByMissing");
            assertThatThrownBy(() -> f.s.consents().record(f.counselor, student,
                    new ConsentDraft(ConsentBasis.PUBLIC_TASK, null, f.today().plusDays(1), null)))
                    .hasMessage("privacy.error.dateInFuture");
            assertThatThrownBy(() -> f.s.consents().record(f.counselor, student,
                    new ConsentDraft(null, null, f.today(), null))).hasMessage("privacy.error.basisMissing");
            long id = f.s.consents().record(f.counselor, student,
                    new ConsentDraft(ConsentBasis.PUBLIC_TASK, null, f.today(), null));
            f.s.consents().withdraw(f.counselor, id, f.today());
            assertThatThrownBy(() -> f.s.consents().withdraw(f.counselor, id, f.today()))
                    .hasMessage("privacy.error.alreadyWithdrawn");
            assertThat(f.s.consents().consents(f.counselor, student)).hasSize(1);
        }
    }
}
