package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.WorkflowException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;

import static id.kantibekisah.ppksp.PpkspTesting.audits;
import static id.kantibekisah.ppksp.PpkspTesting.violenceCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The five TPPK steps, their order and dates, the deadlines (with the injected clock) and the summons rule. */
class TppkTrackTest {
    @TempDir
    Path dir;

    static long matter(Fixture f, LocalDate reportedOn) {
        long id = violenceCase(f, Category.VIOLENCE);
        f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.PHYSICAL));
        f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(reportedOn, f.today(), "Bu Satu (ketua TPPK)",
                "Laporan lisan wali kelas."));
        return id;
    }

    static void at(Fixture f, LocalDate day) {
        f.clock.set(day.atTime(9, 0).atZone(Fixture.ZONE).toInstant());
    }

    @Test
    void aCaseGoesThroughAllFiveStepsInOrderEachWithWhoWhenAndFindings() {
        try (Fixture f = Fixture.create(dir)) {
            LocalDate day0 = f.today();
            long id = matter(f, day0.minusDays(1));
            TppkMatter m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            assertThat(m.reached()).isEqualTo(TppkStep.RECEIPT);
            assertThat(m.clockStart()).isEqualTo(day0.minusDays(1));
            assertThat(m.examinationDue()).isEqualTo(day0.minusDays(1).plusDays(30));
            assertThat(m.decisionDue()).isNull();
            assertThatThrownBy(() -> f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(day0, "Tim",
                    true, SanctionLevel.LIGHT, null, null, null))).isInstanceOf(WorkflowException.class)
                    .extracting(e -> ((WorkflowException) e).messageKey()).isEqualTo("tppk.error.stepOrder");

            at(f, LocalDate.of(2026, 11, 27));
            f.s.ppksp().recordExamination(f.counselor, id, new StepDraft(f.today(), "Bu Satu, Pak Dua",
                    "Pelaku mengakui, dua saksi menguatkan."));
            m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            assertThat(m.decisionDue()).isEqualTo(LocalDate.of(2026, 12, 4));
            f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(), "Tim TPPK", true,
                    SanctionLevel.MEDIUM, null, "Pendampingan psikolog puskesmas.", "Terbukti."));
            at(f, LocalDate.of(2026, 12, 1));
            f.s.ppksp().recordDecision(f.counselor, id, new DecisionDraft(f.today(), "Kepala sekolah",
                    "Sanksi sedang: skorsing edukatif dua hari dengan tugas.", f.today()));
            long measure = f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(MeasureKind.PSYCHOLOGICAL_SUPPORT,
                    f.students.get(2), null, "Bu Satu", f.today().plusDays(14), null, null, null, null, null));
            assertThatThrownBy(() -> f.s.ppksp().recordRecovery(f.counselor, id, new StepDraft(f.today(), "Tim",
                    null))).isInstanceOf(WorkflowException.class)
                    .extracting(e -> ((WorkflowException) e).messageKey()).isEqualTo("tppk.error.measuresOpen");
            f.s.ppksp().updateMeasure(f.counselor, measure, new MeasureUpdate(MeasureStatus.DONE, null,
                    "Enam sesi selesai.", null, null));
            f.s.ppksp().recordRecovery(f.counselor, id, new StepDraft(f.today(), "Tim TPPK", "Korban kembali belajar."));

            m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            assertThat(m.nextStep()).isEmpty();
            assertThat(m.reached()).isEqualTo(TppkStep.RECOVERY);
            assertThat(m.steps()).extracting(StepRecord::step).containsExactly(TppkStep.values());
            assertThat(m.step(TppkStep.EXAMINATION).orElseThrow().who()).isEqualTo("Bu Satu, Pak Dua");
            assertThat(m.step(TppkStep.EXAMINATION).orElseThrow().findings()).contains("dua saksi");
            assertThat(m.step(TppkStep.DECISION).orElseThrow().recordedBy()).isEqualTo("Bu Satu");
            assertThat(m.proven()).isTrue();
            assertThat(m.sanction()).isEqualTo(SanctionLevel.MEDIUM);
            assertThat(m.dinasCopyOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(m.isLate(TppkStep.EXAMINATION, f.today())).isFalse();
            assertThat(m.isLate(TppkStep.DECISION, f.today())).isFalse();
            assertThat(audits(f, "TPPK_OPEN")).isEqualTo(1);
            assertThat(audits(f, "TPPK_STEP")).isEqualTo(4);
        }
    }

    @Test
    void withoutAReportTheClockStartsWhenHandlingStarted() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.SEXUAL_VIOLENCE);
            f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.SEXUAL));
            f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(null, f.today().minusDays(3), "Tim TPPK", null));
            TppkMatter m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            assertThat(m.reportedOn()).isNull();
            assertThat(m.examinationDue()).isEqualTo(f.today().minusDays(3).plusDays(30));
        }
    }

    @Test
    void aTppkMatterNeedsItsFormsAndSensibleDates() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.VIOLENCE);
            assertThatThrownBy(() -> f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(f.today(), f.today(),
                    "Tim", null))).isInstanceOf(WorkflowException.class);
            f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.PSYCHOLOGICAL));
            assertThatThrownBy(() -> f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(f.today(),
                    f.today().minusDays(1), "Tim", null))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(null,
                    f.today().plusDays(1), "Tim", null))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(null, f.today(), " ",
                    null))).isInstanceOf(ValidationException.class);
            f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(f.today().minusDays(5), f.today(), "Tim", null));
            assertThatThrownBy(() -> f.s.ppksp().recordExamination(f.counselor, id, new StepDraft(
                    f.today().minusDays(1), "Tim", null))).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey())
                    .isEqualTo("tppk.error.stepBeforePrevious");
            assertThatThrownBy(() -> f.s.ppksp().openMatter(f.counselor, id, new ReceiptDraft(null, f.today(), "Tim",
                    null))).isInstanceOf(WorkflowException.class);
            f.s.ppksp().recordExamination(f.counselor, id, new StepDraft(f.today(), "Tim", null));
            // Not proven: no sanction, and the reported person's good name is restored.
            assertThatThrownBy(() -> f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(),
                    "Tim", false, SanctionLevel.LIGHT, "Diumumkan.", null, null)))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(),
                    "Tim", false, null, null, null, null))).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("tppk.error.goodNameMissing");
            f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(), "Tim", false, null,
                    "Surat pemulihan nama baik dibacakan di rapat guru.", null, null));
            assertThat(f.s.ppksp().get(f.counselor, id).matter().orElseThrow().proven()).isFalse();
        }
    }

    @Test
    void anExaminationPast30DaysIsLateOnTheCounselorsListAndTheCaseListFilter() {
        try (Fixture f = Fixture.create(dir)) {
            long onTime = matter(f, f.today().minusDays(30));
            long late = matter(f, f.today().minusDays(40));
            assertThat(f.s.ppksp().lateSteps(f.counselor)).singleElement().satisfies(l -> {
                assertThat(l.caseId()).isEqualTo(late);
                assertThat(l.step()).isEqualTo(TppkStep.EXAMINATION);
                assertThat(l.dueOn()).isEqualTo(f.today().minusDays(10));
                assertThat(l.daysLate()).isEqualTo(10);
            });
            assertThat(f.s.ppksp().lateCaseIds(f.counselor)).containsExactly(late);
            // The next day the other one is late too.
            at(f, f.today().plusDays(1));
            assertThat(f.s.ppksp().lateCaseIds(f.counselor)).containsExactlyInAnyOrder(late, onTime);
            // A finished examination is no longer on the list, but stays late for the reports.
            f.s.ppksp().recordExamination(f.counselor, late, new StepDraft(f.today(), "Tim", null));
            assertThat(f.s.ppksp().lateCaseIds(f.counselor)).containsExactly(onTime);
            TppkMatter m = f.s.ppksp().get(f.counselor, late).matter().orElseThrow();
            assertThat(m.isLate(TppkStep.EXAMINATION, f.today())).isTrue();
            assertThat(m.daysLate(TppkStep.EXAMINATION, f.today())).isEqualTo(11);
        }
    }

    @Test
    void aDecisionLaterThanFiveWorkingDaysCountsWeekendsAndListedHolidaysOut() {
        try (Fixture f = Fixture.create(dir)) {
            long id = matter(f, f.today());
            PpkspTesting.escalated(f, id, ReferralDestination.PRINCIPAL);
            long notEscalated = matter(f, f.today());
            f.s.ppksp().addHoliday(f.counselor, LocalDate.of(2026, 12, 2), "Libur sekolah");
            at(f, LocalDate.of(2026, 11, 27));
            f.s.ppksp().recordExamination(f.counselor, id, new StepDraft(f.today(), "Tim", null));
            f.s.ppksp().recordExamination(f.counselor, notEscalated, new StepDraft(f.today(), "Tim", null));
            TppkMatter m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            assertThat(m.decisionDue()).isEqualTo(LocalDate.of(2026, 12, 7));
            at(f, LocalDate.of(2026, 12, 7));
            assertThat(f.s.ppksp().lateSteps(f.counselor)).isEmpty();
            at(f, LocalDate.of(2026, 12, 8));
            assertThat(f.s.ppksp().lateSteps(f.counselor)).extracting(LateStep::caseId)
                    .containsExactlyInAnyOrder(id, notEscalated);
            // The principal's Beranda: the late decisions of cases escalated to the principal.
            assertThat(f.s.ppksp().lateSteps(f.principal)).singleElement().satisfies(l -> {
                assertThat(l.caseId()).isEqualTo(id);
                assertThat(l.step()).isEqualTo(TppkStep.DECISION);
                assertThat(l.daysLate()).isEqualTo(1);
            });
            // The principal may record the decision of a case escalated to them.
            f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(), "Tim", true, null, null,
                    null, null));
            f.s.ppksp().recordDecision(f.principal, id, new DecisionDraft(f.today(), "Pak Kepala", "Pembinaan.",
                    null));
            assertThat(f.s.ppksp().lateSteps(f.principal)).isEmpty();
            assertThat(f.s.ppksp().get(f.counselor, id).matter().orElseThrow().isLate(TppkStep.DECISION, f.today()))
                    .isTrue();
            f.s.ppksp().recordDinasCopy(f.counselor, id, f.today());
            assertThat(f.s.ppksp().get(f.counselor, id).matter().orElseThrow().dinasCopyOn()).isEqualTo(f.today());
        }
    }

    @Test
    void afterThreeUnattendedSummonsTheExaminationGoesOnWithoutThatPerson() {
        try (Fixture f = Fixture.create(dir)) {
            long id = matter(f, f.today());
            long perpetrator = f.students.get(3);
            for (int i = 1; i <= 3; i++) {
                long s = f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(perpetrator, null, null,
                        i == 1 ? SummonsMode.WRITTEN : SummonsMode.ORAL, f.today(), "Panggilan ke-" + i));
                boolean proceed = f.s.ppksp().recordAttendance(f.counselor, s, false, null);
                assertThat(proceed).isEqualTo(i == 3);
            }
            TppkMatter m = f.s.ppksp().get(f.counselor, id).matter().orElseThrow();
            // A child's summons goes to the parent or guardian: the roster's guardian.
            assertThat(m.summons()).extracting(Summons::addressedTo).containsOnly("Ibu Wali");
            assertThat(m.summons()).extracting(Summons::personName).containsOnly("Dimas Pratama");
            assertThat(m.proceedWithout()).containsExactly("Dimas Pratama");
            assertThatThrownBy(() -> f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(perpetrator, null,
                    null, SummonsMode.WRITTEN, f.today(), null))).isInstanceOf(WorkflowException.class)
                    .extracting(e -> ((WorkflowException) e).messageKey()).isEqualTo("tppk.error.proceedWithout");
            // The victim still can be summoned, and came.
            long v = f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(f.students.get(2), null, "Bapak Citra",
                    SummonsMode.WRITTEN, f.today(), null));
            assertThat(f.s.ppksp().recordAttendance(f.counselor, v, true, "Hadir bersama ayah.")).isFalse();
            assertThatThrownBy(() -> f.s.ppksp().recordAttendance(f.counselor, v, false, null))
                    .isInstanceOf(WorkflowException.class);
            assertThat(audits(f, "TPPK_SUMMONS")).isEqualTo(4);
            assertThat(audits(f, "TPPK_SUMMONS_ATTENDANCE")).isEqualTo(4);
        }
    }

    @Test
    void aChildOfAnotherSchoolIsSummonedThroughTheParentAndAnAdultDirectly() {
        try (Fixture f = Fixture.create(dir)) {
            long id = matter(f, f.today());
            long child = f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft("Rani", 
                    OtherPartyKind.OTHER_SCHOOL_STUDENT, PartyRole.WITNESS, null, null));
            long teacher = f.s.ppksp().addOtherParty(f.counselor, id, PpkspAccessTest.teacher());
            assertThatThrownBy(() -> f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(null, child, null,
                    SummonsMode.WRITTEN, f.today(), null))).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("tppk.error.guardianMissing");
            f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(null, child, "Ibu Rani", SummonsMode.WRITTEN,
                    f.today(), null));
            f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(null, teacher, null, SummonsMode.ORAL,
                    f.today(), null));
            assertThat(f.s.ppksp().get(f.counselor, id).matter().orElseThrow().summons())
                    .extracting(Summons::addressedTo).containsExactly("Ibu Rani", "Pak Guru");
            // A student who is not a party of the case cannot be summoned.
            assertThatThrownBy(() -> f.s.ppksp().addSummons(f.counselor, id, new SummonsDraft(f.students.get(5),
                    null, "X", SummonsMode.ORAL, f.today(), null))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().removeOtherParty(f.counselor, teacher))
                    .isInstanceOf(WorkflowException.class);
        }
    }
}
