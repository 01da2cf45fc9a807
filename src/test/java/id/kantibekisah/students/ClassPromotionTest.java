package id.kantibekisah.students;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.StudentCase;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.DatabaseDump;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassPromotionTest {
    @TempDir
    Path dir;

    @Test
    void classNamesStepUpKeepingTheirParallelAndTheirStyle() {
        assertThat(ClassStep.of("7A")).isEqualTo(new ClassStep(ClassStep.Kind.NEXT, "8A"));
        assertThat(ClassStep.of("8C").next()).isEqualTo("9C");
        assertThat(ClassStep.of("9A").kind()).isEqualTo(ClassStep.Kind.GRADUATE);
        assertThat(ClassStep.of("VIIA").next()).isEqualTo("VIIIA");
        assertThat(ClassStep.of("VII-B").next()).isEqualTo("VIII-B");
        assertThat(ClassStep.of("viii c").next()).isEqualTo("IXC");
        assertThat(ClassStep.of("IX-A").kind()).isEqualTo(ClassStep.Kind.GRADUATE);
        assertThat(ClassStep.of("KELAS7A").next()).isEqualTo("KELAS8A");
        assertThat(ClassStep.of("7.1").next()).isEqualTo("8.1");
        assertThat(ClassStep.of("VII1").next()).isEqualTo("VIII1");
        assertThat(ClassStep.of("8").next()).isEqualTo("9");
        for (String unknown : new String[] {"10A", "6B", "X-A", "71", "VIIIIA", "A", "", "XIIPA1", "IXX"}) {
            assertThat(ClassStep.of(unknown).kind()).as(unknown).isEqualTo(ClassStep.Kind.UNKNOWN);
        }
        assertThat(ClassStep.of(null).kind()).isEqualTo(ClassStep.Kind.UNKNOWN);
    }

    @Test
    void thePromotionIsForTheAcademicYearThatStartsNext() {
        assertThat(ClassPromotion.academicYearFor(LocalDate.of(2026, 11, 24))).isEqualTo("2027/2028");
        assertThat(ClassPromotion.academicYearFor(LocalDate.of(2027, 3, 10))).isEqualTo("2027/2028");
        assertThat(ClassPromotion.academicYearFor(LocalDate.of(2027, 7, 14))).isEqualTo("2027/2028");
        assertThat(ClassPromotion.academicYearFor(LocalDate.of(2027, 9, 1))).isEqualTo("2028/2029");
    }

    @Test
    void everyActiveStudentMovesUpAndGrade9LeavesInOneStepOncePerYear() {
        try (Fixture f = Fixture.create(dir)) {
            long roman = f.s.students().create(f.counselor, new StudentDraft("0177777777", null, "Gita Permata",
                    Gender.P, "VII-C", null, null, null));
            long left = f.s.students().create(f.counselor, new StudentDraft("0188888888", null, "Hana Utami",
                    Gender.P, "7B", null, null, null));
            f.s.students().setActive(f.counselor, left, false);
            long caseId = f.caseIn(CaseStatus.IN_PROGRESS); // about Citra (7A) and Dimas (9C)

            ClassPromotion.Plan plan = f.s.promotion().preview(f.counselor);
            assertThat(plan.academicYear()).isEqualTo("2027/2028");
            assertThat(plan.moves()).containsExactly(
                    new ClassPromotion.Move("7A", "8A", 2),
                    new ClassPromotion.Move("8B", "9B", 2),
                    new ClassPromotion.Move("9C", null, 2),
                    new ClassPromotion.Move("VII-C", "VIII-C", 1));
            assertThat(plan.promoted()).isEqualTo(5);
            assertThat(plan.graduating()).isEqualTo(2);
            assertThat(plan.unknown()).isEmpty();
            assertThat(plan.graduatingWithOpenCases()).as("Dimas (9C) is in an open case").isEqualTo(1);
            assertThat(plan.canPromote()).isTrue();

            ClassPromotion.Result r = f.s.promotion().promote(f.counselor, plan.academicYear());
            assertThat(r).isEqualTo(new ClassPromotion.Result("2027/2028", 5, 2));
            assertThat(f.s.audit().latest(1).get(0).detail()).isEqualTo("2027/2028: promoted 5, graduated 2");
            Student dimas = f.s.students().get(f.counselor, f.students.get(3));
            assertThat(dimas.active()).as("graduated: inactive, not deleted").isFalse();
            assertThat(dimas.className()).isEqualTo("9C");
            assertThat(f.s.cases().casesOfStudent(f.counselor, dimas.id())).extracting(StudentCase::caseId,
                    StudentCase::role).containsExactly(org.assertj.core.groups.Tuple.tuple(caseId,
                    PartyRole.PERPETRATOR));
            assertThat(f.s.students().get(f.counselor, f.students.get(2)).className()).isEqualTo("8A");
            assertThat(f.s.students().get(f.counselor, f.students.get(0)).className()).isEqualTo("9B");
            assertThat(f.s.students().get(f.counselor, roman).className()).isEqualTo("VIII-C");
            Student stayed = f.s.students().get(f.counselor, left);
            assertThat(stayed.className()).as("inactive students are left alone").isEqualTo("7B");
            assertThat(stayed.active()).isFalse();
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(8);

            assertThat(f.s.promotion().preview(f.counselor).alreadyDone()).isTrue();
            assertThatThrownBy(() -> f.s.promotion().promote(f.counselor, "2027/2028"))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(Messages.indonesian().message((ValidationException) e))
                            .contains("2027/2028"));
        }
    }

    @Test
    void aClassNameThatCannotBePromotedStopsEverythingAndWritesNothing() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.students().create(f.counselor, new StudentDraft("0177777777", null, "Gita Permata", Gender.P,
                    "X IPA 1", null, null, null));
            ClassPromotion.Plan plan = f.s.promotion().preview(f.counselor);
            assertThat(plan.unknownClasses()).containsExactly("XIPA1");
            assertThat(plan.canPromote()).isFalse();
            List<String> before = DatabaseDump.of(f.s.db());
            assertThatThrownBy(() -> f.s.promotion().promote(f.counselor, "2027/2028"))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(Messages.indonesian().message((ValidationException) e))
                            .contains("XIPA1"));
            assertThat(DatabaseDump.of(f.s.db())).isEqualTo(before);
            assertThatThrownBy(() -> f.s.promotion().promote(f.counselor, "2027"))
                    .hasMessageStartingWith("promotion.error.year");
        }
    }

    @Test
    void thePreviewWarnsWhenARosterWasImportedSinceItMayHoldTheNewClassesAlready() {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(f.s.promotion().preview(f.counselor).lastImport()).isNull();
            f.s.roster().apply(f.counselor, new RosterFile(java.util.Map.of(), List.of()),
                    RosterImport.Options.STRICT, id.kantibekisah.common.Progress.NONE);
            assertThat(f.s.promotion().preview(f.counselor).lastImport()).isEqualTo(Fixture.START);
        }
    }
}
