package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.WorkflowException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.students.Gender;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import static id.kantibekisah.ppksp.PpkspTesting.audits;
import static id.kantibekisah.ppksp.PpkspTesting.violenceCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PpkspServiceTest {
    @TempDir
    Path dir;

    @Test
    void aCaseCarriesSeveralFormsOfViolenceAndEachChangeIsAudited() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.VIOLENCE);
            PpkspCase before = f.s.ppksp().get(f.counselor, id);
            assertThat(before.forms()).isEmpty();
            assertThat(before.suggested()).isEmpty();
            f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL));
            assertThat(f.s.ppksp().get(f.counselor, id).forms())
                    .containsExactlyInAnyOrder(ViolenceForm.PHYSICAL, ViolenceForm.PSYCHOLOGICAL);
            f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.POLICY));
            assertThat(f.s.ppksp().get(f.counselor, id).forms()).containsExactly(ViolenceForm.POLICY);
            assertThat(audits(f, "PPKSP_FORMS")).isEqualTo(2);
            assertThat(audits(f, "PPKSP_VIEW")).isEqualTo(3);
        }
    }

    @Test
    void theCategorySuggestsFormsAndANonViolenceCaseTakesNone() {
        try (Fixture f = Fixture.create(dir)) {
            long bullying = violenceCase(f, Category.CYBERBULLYING);
            assertThat(f.s.ppksp().get(f.counselor, bullying).suggested())
                    .contains(EnumSet.of(ViolenceForm.BULLYING));
            long family = violenceCase(f, Category.FAMILY);
            assertThatThrownBy(() -> f.s.ppksp().setForms(f.counselor, family, Set.of(ViolenceForm.PHYSICAL)))
                    .isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey())
                    .isEqualTo("ppksp.error.notViolenceCategory");
            assertThat(f.s.ppksp().get(f.counselor, family).forms()).isEmpty();
            assertThat(audits(f, "PPKSP_FORMS")).isZero();
        }
    }

    @Test
    void decidingTheFormsOfAListedCaseTakesItOffTheList() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.OTHER);
            // As the migration lists a case it cannot map.
            f.s.db().tx(sql -> sql.update(
                    "INSERT INTO violence_form_reviews (case_id, reason) VALUES (?, 'OTHER_CATEGORY')", id));
            assertThat(f.s.ppksp().pendingFormReviews(f.counselor)).singleElement()
                    .satisfies(r -> {
                        assertThat(r.caseId()).isEqualTo(id);
                        assertThat(r.reason()).isEqualTo(FormReviewReason.OTHER_CATEGORY);
                    });
            assertThat(f.s.ppksp().get(f.counselor, id).reviewPending()).isTrue();
            // "Not violence" is a decision too.
            f.s.ppksp().setForms(f.counselor, id, Set.of());
            assertThat(f.s.ppksp().pendingFormReviews(f.counselor)).isEmpty();
            assertThat(f.s.ppksp().get(f.counselor, id).reviewPending()).isFalse();
            assertThat(f.s.db().<Long>read(sql -> sql.longValue(
                    "SELECT decided_by FROM violence_form_reviews WHERE case_id = ?", id)))
                    .isEqualTo(f.counselor.userId());
        }
    }

    @Test
    void aReportedTeacherIsANonStudentPartyOfTheCase() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.VIOLENCE);
            long teacher = f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("  Pak Guru Olahraga ",
                    OtherPartyKind.TEACHER, PartyRole.PERPETRATOR, Gender.L, null));
            f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("Siswi SMP tetangga",
                    OtherPartyKind.OTHER_SCHOOL_STUDENT, PartyRole.VICTIM, Gender.P, "Kelas 8"));
            PpkspCase c = f.s.ppksp().get(f.counselor, id);
            assertThat(c.otherParties()).extracting(OtherParty::name, OtherParty::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Siswi SMP tetangga", PartyRole.VICTIM),
                    org.assertj.core.groups.Tuple.tuple("Pak Guru Olahraga", PartyRole.PERPETRATOR));
            assertThat(c.otherParties().get(1).id()).isEqualTo(teacher);
            assertThat(c.otherParties().get(1).kind()).isEqualTo(OtherPartyKind.TEACHER);
            // The audit log (which the admin reads) never holds the party's name.
            assertThat(f.s.db().<Long>read(sql -> sql.longValue(
                    "SELECT count(*) FROM audit_log WHERE detail LIKE '%Guru%' OR detail LIKE '%tetangga%'")))
                    .isZero();
            f.s.ppksp().removeOtherParty(f.counselor, teacher);
            assertThat(f.s.ppksp().get(f.counselor, id).otherParties()).hasSize(1);
            assertThat(audits(f, "PPKSP_PARTY_ADD")).isEqualTo(2);
            assertThat(audits(f, "PPKSP_PARTY_REMOVE")).isEqualTo(1);
        }
    }

    @Test
    void aNonStudentPartyNeedsNameKindAndARoleOtherThanAtRisk() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.VIOLENCE);
            assertThatThrownBy(() -> f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft(" ",
                    OtherPartyKind.TEACHER, PartyRole.PERPETRATOR, null, null)))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("Pak X",
                    null, PartyRole.PERPETRATOR, null, null))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("Pak X",
                    OtherPartyKind.TEACHER, PartyRole.AT_RISK, null, null))).isInstanceOf(ValidationException.class);
            f.s.cases().dismiss(f.counselor, id, "Laporan ganda.");
            assertThatThrownBy(() -> f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("Pak X",
                    OtherPartyKind.TEACHER, PartyRole.PERPETRATOR, null, null)))
                    .isInstanceOf(WorkflowException.class);
            assertThat(f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM case_other_parties")))
                    .isZero();
        }
    }
}
