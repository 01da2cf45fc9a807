package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static id.kantibekisah.ppksp.PpkspTesting.audits;
import static id.kantibekisah.ppksp.PpkspTesting.violenceCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureTest {
    @TempDir
    Path dir;

    @Test
    void aTakeDownRecordsPlatformLinkAndItsDates() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.CYBERBULLYING);
            assertThatThrownBy(() -> f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(
                    MeasureKind.CONTENT_TAKEDOWN, null, null, "Bu Satu", f.today().plusDays(3), null, null, null,
                    null, null))).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey()).isEqualTo("measure.error.takedownMissing");
            long m = f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(MeasureKind.CONTENT_TAKEDOWN,
                    f.students.get(2), null, "Bu Satu", f.today().plusDays(3), "UU ITE Pasal 27A", null, "Instagram",
                    "@akun_gosip_8b", f.today().minusDays(1)));
            assertThatThrownBy(() -> f.s.ppksp().updateMeasure(f.counselor, m, new MeasureUpdate(MeasureStatus.DONE,
                    null, null, null, f.today().minusDays(2)))).isInstanceOf(ValidationException.class);
            f.s.ppksp().updateMeasure(f.counselor, m, new MeasureUpdate(MeasureStatus.DONE, null, null, null,
                    f.today()));
            Measure done = f.s.ppksp().get(f.counselor, id).measures().get(0);
            assertThat(done.platform()).isEqualTo("Instagram");
            assertThat(done.contentRef()).isEqualTo("@akun_gosip_8b");
            assertThat(done.takedownAskedOn()).isEqualTo(f.today().minusDays(1));
            assertThat(done.removedOn()).isEqualTo(f.today());
            assertThat(done.doneOn()).isEqualTo(f.today());
            assertThat(done.note()).isEqualTo("UU ITE Pasal 27A");
            assertThat(done.personName()).isEqualTo("Citra Maharani");
        }
    }

    @Test
    void measuresMoveThroughEveryStateAndNotDoneNeedsAReason() {
        try (Fixture f = Fixture.create(dir)) {
            long id = violenceCase(f, Category.BULLYING_PHYSICAL);
            long referral = f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(
                    MeasureKind.REFERRAL_FOLLOW_THROUGH, f.students.get(2), null, "Bu Satu", f.today().plusDays(7),
                    null, ReferralDestination.UPTD_PPA, null, null, null));
            long apology = f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(MeasureKind.PUBLIC_APOLOGY,
                    f.students.get(3), null, "Wali kelas 9C", f.today().plusDays(2), null, null, null, null, null));
            assertThatThrownBy(() -> f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(
                    MeasureKind.REFERRAL_FOLLOW_THROUGH, null, null, "Bu Satu", f.today(), null,
                    ReferralDestination.HOMEROOM, null, null, null))).isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.ppksp().addMeasure(f.counselor, id, new MeasureDraft(
                    MeasureKind.SANCTION, f.students.get(5), null, "Bu Satu", f.today(), null, null, null, null,
                    null))).isInstanceOf(ValidationException.class)
                    .extracting(e -> ((ValidationException) e).messageKey())
                    .isEqualTo("measure.error.personNotInCase");
            assertThat(f.s.db().<Long>read(sql -> f.s.ppksp().openMeasures(sql, id))).isEqualTo(2);
            f.s.ppksp().updateMeasure(f.counselor, referral, new MeasureUpdate(MeasureStatus.IN_PROGRESS, null,
                    "Sudah dihubungi.", null, null));
            assertThatThrownBy(() -> f.s.ppksp().updateMeasure(f.counselor, apology, new MeasureUpdate(
                    MeasureStatus.NOT_DONE, " ", null, null, null))).isInstanceOf(ValidationException.class);
            f.s.ppksp().updateMeasure(f.counselor, apology, new MeasureUpdate(MeasureStatus.NOT_DONE,
                    "Orang tua pelaku menolak.", null, null, null));
            assertThat(f.s.ppksp().get(f.counselor, id).measures()).extracting(Measure::status)
                    .containsExactlyInAnyOrder(MeasureStatus.IN_PROGRESS, MeasureStatus.NOT_DONE);
            assertThat(f.s.db().<Long>read(sql -> f.s.ppksp().openMeasures(sql, id))).isEqualTo(1);
            assertThat(audits(f, "MEASURE_ADD")).isEqualTo(2);
            assertThat(audits(f, "MEASURE_UPDATE")).isEqualTo(2);
            // Overdue once its due date has passed while still open.
            TppkTrackTest.at(f, f.today().plusDays(8));
            assertThat(f.s.ppksp().get(f.counselor, id).measures()).filteredOn(x -> x.isOverdue(f.today()))
                    .extracting(Measure::kind).containsExactly(MeasureKind.REFERRAL_FOLLOW_THROUGH);
        }
    }
}
