package id.kantibekisah.students;

import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudentServiceTest {
    @TempDir
    Path dir;

    @Test
    void everyFieldIsStoredAndReadBack() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.s.students().create(f.counselor, new StudentDraft(" 0012345678 ", "2627001",
                    "  Nayla   Permata ", Gender.P, " 7c ", LocalDate.of(2013, 5, 17), "Bapak Rusli",
                    "0812 3456 7890"));
            Student s = f.s.students().get(f.counselor, id);
            assertThat(s.nisn()).isEqualTo("0012345678");
            assertThat(s.nis()).isEqualTo("2627001");
            assertThat(s.name()).isEqualTo("Nayla Permata");
            assertThat(s.gender()).isEqualTo(Gender.P);
            assertThat(s.className()).isEqualTo("7C");
            assertThat(s.birthDate()).isEqualTo(LocalDate.of(2013, 5, 17));
            assertThat(s.guardianName()).isEqualTo("Bapak Rusli");
            assertThat(s.guardianPhone()).isEqualTo("0812 3456 7890");
            assertThat(s.active()).isTrue();

            f.s.students().update(f.counselor, id, new StudentDraft("0012345678", null, "Nayla Permata", Gender.P,
                    "8C", null, null, null));
            Student updated = f.s.students().get(f.counselor, id);
            assertThat(updated.className()).isEqualTo("8C");
            assertThat(updated.nis()).isNull();
            f.s.students().setActive(f.counselor, id, false);
            assertThat(f.s.students().get(f.counselor, id).active()).isFalse();
        }
    }

    @Test
    void invalidStudentsAreRefused() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.students().create(f.counselor, new StudentDraft("123456789", null, "A",
                    Gender.L, "7A", null, null, null))).isInstanceOf(ValidationException.class)
                    .hasMessage("student.error.nisnFormat");
            assertThatThrownBy(() -> f.s.students().create(f.counselor, new StudentDraft("0111111111", null,
                    "Kembar", Gender.L, "7A", null, null, null))).hasMessageStartingWith("student.error.nisnTaken");
            assertThatThrownBy(() -> f.s.students().create(f.counselor, new StudentDraft("0100000001", null, " ",
                    Gender.L, "7A", null, null, null))).hasMessage("student.error.nameMissing");
            assertThatThrownBy(() -> f.s.students().create(f.counselor, new StudentDraft("0100000001", null, "Ana",
                    null, "7A", null, null, null))).hasMessage("student.error.genderMissing");
            assertThatThrownBy(() -> f.s.students().create(f.counselor, new StudentDraft("0100000001", null, "Ana",
                    Gender.P, "7A", f.today().plusDays(1), null, null))).hasMessage("student.error.birthDate");
            assertThatThrownBy(() -> f.s.students().update(f.counselor, f.students.get(1), new StudentDraft(
                    "0111111111", null, "Bima", Gender.L, "8B", null, null, null)))
                    .hasMessageStartingWith("student.error.nisnTaken");
        }
    }

    @Test
    void theBkTeamPicksByNameNisnOrClassFromTwoCharactersWithNameAndClassOnly() {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(f.s.students().pick(f.counselor, "p")).isEmpty();
            assertThat(f.s.students().pick(f.counselor, "putri")).extracting(StudentChoice::name)
                    .containsExactly("Putri Lestari");
            assertThat(f.s.students().pick(f.counselor, "pu")).extracting(StudentChoice::name)
                    .containsExactly("Bima Saputra", "Putri Lestari");
            assertThat(f.s.students().pick(f.counselor, "9c")).extracting(StudentChoice::name)
                    .containsExactly("Dimas Pratama", "Eka Wulandari");
            assertThat(f.s.students().pick(f.counselor, "01333")).extracting(StudentChoice::className)
                    .containsExactly("7A");
            assertThat(StudentChoice.class.getRecordComponents()).extracting(c -> c.getName())
                    .containsExactly("id", "name", "className");
            f.s.students().setActive(f.counselor, f.students.get(0), false);
            assertThat(f.s.students().pick(f.counselor, "Putri")).isEmpty();
            assertThat(f.s.students().pick(f.cadre, "Putri")).isEmpty();
        }
    }

    @Test
    void searchPagesAndCounts() {
        try (Fixture f = Fixture.create(dir)) {
            assertThat(f.s.students().count(f.counselor, null, null, false)).isEqualTo(6);
            assertThat(f.s.students().search(f.counselor, null, "7a", false, 0, 10)).extracting(Student::name)
                    .containsExactly("Citra Maharani", "Fajar Hidayat");
            assertThat(f.s.students().search(f.counselor, null, null, false, 2, 2)).hasSize(2);
            assertThat(f.s.students().search(f.counselor, "wulan", null, false, 0, 10)).hasSize(1);
            assertThat(f.s.students().classes(f.counselor)).containsExactly("7A", "8B", "9C");
        }
    }
}
