package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.ui.IntakeFormModel.Field;
import id.kantibekisah.common.Messages;
import id.kantibekisah.students.StudentChoice;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The intake form's rules as the user meets them: what shows when, what the save explains, what it builds. */
class IntakeFormModelTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final StudentChoice PUTRI = new StudentChoice(1, "Putri Lestari", "8B");
    private static final StudentChoice BIMA = new StudentChoice(2, "Bima Saputra", "8B");

    private final IntakeFormModel form = new IntakeFormModel(Messages.indonesian(), () -> TODAY, false);

    private void fillCompletely(IntakeFormModel f) {
        f.addStudent(PUTRI);
        f.categoryProperty().set(Category.BULLYING_VERBAL);
        f.descriptionProperty().set("  Diejek terus di kelas oleh teman sebangku.  ");
        f.locationProperty().set(IncidentLocation.CLASSROOM);
        f.urgencyProperty().set(RiskLevel.HIGH);
        f.knowledgeProperty().set(Knowledge.SAW);
    }

    @Test
    void aFreshFormHasTodayFilledInIsNotDirtyAndShowsNoProblemYet() {
        assertThat(form.dateTextProperty().get()).isEqualTo("24/11/2026");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.valid()).isFalse();
        for (Field f : Field.values()) {
            assertThat(form.problemProperty(f).get()).as(f.name()).isEmpty();
        }
        assertThat(form.summaryProperty().get()).isEmpty();
    }

    @Test
    void typingShowsTheProblemOfThatFieldAsItIsTyped() {
        form.descriptionProperty().set("Diejek");
        assertThat(form.problemProperty(Field.DESCRIPTION).get())
                .isEqualTo("Ceritakan lebih lengkap (minimal 10 huruf).");
        assertThat(form.problemProperty(Field.CATEGORY).get()).isEmpty();
        assertThat(form.dirtyProperty().get()).isTrue();

        form.descriptionProperty().set("Diejek terus di kelas.");
        assertThat(form.problemProperty(Field.DESCRIPTION).get()).isEmpty();
    }

    @Test
    void aSaveAttemptShowsEveryProblemAndOneLineNamesWhatIsMissing() {
        form.addStudent(PUTRI);
        form.showAllProblems();
        assertThat(form.problemProperty(Field.CATEGORY).get()).isEqualTo("Pilih kategori.");
        assertThat(form.problemProperty(Field.KNOWLEDGE).get())
                .isEqualTo("Pilih apakah Anda melihat sendiri atau mendengar dari orang lain.");
        assertThat(form.problemProperty(Field.STUDENTS).get()).isEmpty();
        assertThat(form.summaryProperty().get()).isEqualTo("Belum bisa disimpan. Lengkapi dulu: jenis masalah, "
                + "apa yang terjadi, tempat kejadian, seberapa mendesak, melihat atau mendengar.");

        form.categoryProperty().set(Category.FAMILY);
        assertThat(form.summaryProperty().get()).doesNotContain("jenis masalah");
    }

    @Test
    void aFilledInDateInTheFutureIsNamedForWhatIsWrongNotAsMissing() {
        fillCompletely(form);
        form.dateTextProperty().set("25/11/2026");
        form.showAllProblems();
        assertThat(form.summaryProperty().get())
                .isEqualTo("Belum bisa disimpan. Periksa tanggal kejadian: Tanggal tidak boleh setelah hari ini.")
                .doesNotContain("Lengkapi dulu");
        form.categoryProperty().set(null);
        assertThat(form.summaryProperty().get()).isEqualTo("Belum bisa disimpan. Lengkapi dulu: jenis masalah. "
                + "Periksa tanggal kejadian: Tanggal tidak boleh setelah hari ini.");
    }

    @Test
    void theFirstStudentIsThePeerOfConcernAndEveryFurtherOneNeedsARole() {
        form.addStudent(PUTRI);
        form.addStudent(BIMA);
        form.addStudent(PUTRI);
        assertThat(form.parties()).hasSize(2);
        assertThat(form.parties().get(0).roleProperty().get()).isEqualTo(PartyRole.AT_RISK);
        assertThat(form.parties().get(1).roleProperty().get()).isNull();
        assertThat(form.problemProperty(Field.STUDENTS).get()).isEqualTo("Pilih peran setiap siswa.");
        assertThat(form.chosenIds()).containsExactlyInAnyOrder(1L, 2L);

        form.parties().get(1).roleProperty().set(PartyRole.PERPETRATOR);
        assertThat(form.problemProperty(Field.STUDENTS).get()).isEmpty();
        form.removeStudent(form.parties().get(0));
        assertThat(form.chosenIds()).containsExactly(2L);
    }

    @Test
    void theDateIsTypedAsDayMonthYearAndMayNotBeInTheFutureOrOverAYearAgo() {
        form.dateTextProperty().set("1/8/2026");
        assertThat(form.problemProperty(Field.DATE).get()).isEmpty();
        form.dateTextProperty().set("2026-08-01");
        assertThat(form.problemProperty(Field.DATE).get()).isEqualTo("Tulis tanggal seperti 24/11/2026.");
        form.dateTextProperty().set("31/02/2026");
        assertThat(form.problemProperty(Field.DATE).get()).isEqualTo("Tulis tanggal seperti 24/11/2026.");
        form.dateTextProperty().set("25/11/2026");
        assertThat(form.problemProperty(Field.DATE).get()).isEqualTo("Tanggal tidak boleh setelah hari ini.");
        form.dateTextProperty().set("23/11/2025");
        assertThat(form.problemProperty(Field.DATE).get()).isEqualTo("Tanggal kejadian lebih dari setahun yang lalu.");
        form.dateTextProperty().set("");
        assertThat(form.problemProperty(Field.DATE).get()).isEqualTo("Tanggal wajib diisi.");
    }

    @Test
    void theTimeIsOptionalButMustBeATimeWhenGiven() {
        fillCompletely(form);
        assertThat(form.valid()).isTrue();
        form.timeTextProperty().set("25.10");
        assertThat(form.problemProperty(Field.TIME).get()).isEqualTo("Tulis jam seperti 07.30, atau kosongkan.");
        assertThat(form.valid()).isFalse();
        form.timeTextProperty().set("7.30");
        assertThat(form.valid()).isTrue();
        assertThat(form.toDraft().occurredTime()).isEqualTo(LocalTime.of(7, 30));
    }

    @Test
    void aCompleteFormBuildsTheDraftWithTrimmedText() {
        fillCompletely(form);
        form.locationDetailProperty().set("  ");
        form.dateTextProperty().set("20/11/2026");
        IntakeDraft d = form.toDraft();
        assertThat(d.parties()).singleElement().satisfies(p -> {
            assertThat(p.studentId()).isEqualTo(1L);
            assertThat(p.role()).isEqualTo(PartyRole.AT_RISK);
        });
        assertThat(d.description()).isEqualTo("Diejek terus di kelas oleh teman sebangku.");
        assertThat(d.locationDetail()).isNull();
        assertThat(d.occurredOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(d.occurredTime()).isNull();
        assertThat(d.urgency()).isEqualTo(RiskLevel.HIGH);
    }

    @Test
    void clearingEmptiesTheFormKeepsTodayAndForgetsWhatWasShown() {
        fillCompletely(form);
        form.showAllProblems();
        form.clear();
        assertThat(form.parties()).isEmpty();
        assertThat(form.descriptionProperty().get()).isEmpty();
        assertThat(form.categoryProperty().get()).isNull();
        assertThat(form.dateTextProperty().get()).isEqualTo("24/11/2026");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.problemProperty(Field.CATEGORY).get()).isEmpty();
        assertThat(form.summaryProperty().get()).isEmpty();
    }

    @Test
    void theCounselorsFormAlsoAsksWhoReportedIt() {
        IntakeFormModel counselorForm = new IntakeFormModel(Messages.indonesian(), () -> TODAY, true);
        fillCompletely(counselorForm);
        assertThat(counselorForm.problemFields()).containsExactly(Field.REPORTER);
        counselorForm.reporterKindProperty().set(ReporterKind.TEACHER);
        assertThat(counselorForm.valid()).isTrue();
        counselorForm.knowledgeProperty().set(null);
        counselorForm.showAllProblems();
        assertThat(counselorForm.problemProperty(Field.KNOWLEDGE).get())
                .isEqualTo("Pilih apakah pelapor melihat sendiri atau mendengar dari orang lain.");
        assertThat(form.problemFields()).doesNotContain(Field.REPORTER);
    }
}
