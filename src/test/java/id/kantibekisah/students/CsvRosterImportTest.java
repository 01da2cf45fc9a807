package id.kantibekisah.students;

import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRosterImportTest {
    @TempDir
    Path dir;

    private Path csv(String name, String content, boolean bom) throws IOException {
        Path p = dir.resolve(name);
        byte[] body = content.getBytes(StandardCharsets.UTF_8);
        if (bom) {
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            body = withBom;
        }
        Files.write(p, body);
        return p;
    }

    @Test
    void semicolonsBomTitleRowsAndSynonymsAreUnderstood() throws IOException {
        Path file = csv("dapodik.csv", """
                DAFTAR PESERTA DIDIK;;;;;
                SMP NEGERI UJI;;;;;
                ;;;;;
                Nama Peserta Didik;NISN;JK;Rombel Saat Ini;Tanggal Lahir;NIPD
                Nayla Permata;0012345678;P;7C;17/05/2013;2627001
                "Rafi ""Ucok"" Saputra";0098765432;L;7C;2013-02-01;2627002

                Catatan: data per 1 Juli;;;;;
                """, true);
        RosterFile roster = new CsvRosterReader().read(file);
        assertThat(roster.mapping()).containsEntry(RosterColumn.NAME, List.of("Nama Peserta Didik"))
                .containsEntry(RosterColumn.CLASS, List.of("Rombel Saat Ini"))
                .containsEntry(RosterColumn.NIS, List.of("NIPD"));
        assertThat(roster.headerFirstRow()).isEqualTo(4);
        assertThat(roster.rows()).as("the note under the table is not a student").hasSize(2);
        StudentDraft first = roster.rows().get(0).draft();
        assertThat(first).isEqualTo(new StudentDraft("0012345678", "2627001", "Nayla Permata", Gender.P, "7C",
                LocalDate.of(2013, 5, 17), null, null));
        assertThat(roster.rows().get(1).draft().name()).isEqualTo("Rafi \"Ucok\" Saputra");
        assertThat(roster.rows().get(0).rowNumber()).isEqualTo(5);

        try (Fixture f = Fixture.create(dir)) {
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.hasProblems()).isFalse();
            assertThat(p.toAdd()).hasSize(2);
            assertThat(roster.rows().get(1).rowNumber()).isEqualTo(6);
        }
    }

    @Test
    void aRosterWithProblemsImportsNothingAndNamesEachRow() throws IOException {
        Path file = csv("bad.csv", """
                nisn,nama,jk,kelas,tanggal_lahir
                0012345678,Nayla Permata,P,7C,17/05/2013
                123456789,Nomor Pendek,L,7C,
                0098765432,,L,7C,
                0098765433,Kelamin Aneh,X,7C,
                0098765434,Tanggal Aneh,L,7C,31/02/2013
                0012345678,Nayla Kembar,P,7C,
                """, false);
        try (Fixture f = Fixture.create(dir)) {
            long before = f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"));
            RosterFile roster = new CsvRosterReader().read(file);
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.problems()).extracting(RosterProblem::rowNumber, RosterProblem::messageKey).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, "student.error.nisnFormat"),
                    org.assertj.core.groups.Tuple.tuple(4, "student.error.nameMissing"),
                    org.assertj.core.groups.Tuple.tuple(5, "roster.problem.gender"),
                    org.assertj.core.groups.Tuple.tuple(6, "roster.problem.date"),
                    org.assertj.core.groups.Tuple.tuple(7, "roster.problem.duplicateNisn"));
            assertThat(p.summary()).isEqualTo("new 1, updated 0, unchanged 0, errors 5");
            assertThatThrownBy(() -> f.s.roster().apply(f.counselor, roster, RosterImport.Options.STRICT,
                    Progress.NONE)).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("roster.error.hasProblems");
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(before);

            RosterImport.Result r = f.s.roster().apply(f.counselor, roster,
                    new RosterImport.Options(true, false), Progress.NONE);
            assertThat(r.added()).isEqualTo(1);
            assertThat(r.problemRows()).isEqualTo(5);
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(before + 1);
        }
    }

    @Test
    void studentsAreMatchedByNisnUpdatedKeptAndMissingOnesDeactivatedNotDeleted() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            Path file = csv("full.csv", """
                    NISN,Nama,L/P,Kelas,Telepon Wali
                    0111111111,Putri Lestari,P,9B,
                    0122222222,Bima Saputra,L,8B,081234567890
                    0133333333,Citra Maharani,P,7A,081234567890
                    0001112223,Siswa Baru,L,7A,
                    """, false);
            RosterFile roster = new CsvRosterReader().read(file);
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.toAdd()).extracting(StudentDraft::nisn).containsExactly("0001112223");
            assertThat(p.toUpdate()).extracting(u -> u.after().nisn()).containsExactly("0111111111");
            assertThat(p.toUpdate().get(0).after().guardianPhone())
                    .as("an empty cell keeps what the database has").isEqualTo("081234567890");
            assertThat(p.unchanged()).isEqualTo(2);
            assertThat(p.missing()).extracting(Student::nisn)
                    .containsExactlyInAnyOrder("0144444444", "0155555555", "0166666666");

            RosterImport.Result r = f.s.roster().apply(f.counselor, roster, new RosterImport.Options(false, true),
                    Progress.NONE);
            assertThat(r).isEqualTo(new RosterImport.Result(1, 1, 2, 3, 0));
            assertThat(f.s.audit().latest(1).get(0).detail()).isEqualTo(
                    "new 1, updated 1, unchanged 2, errors 0, deactivated 3");
            assertThat(f.s.students().get(f.counselor, f.students.get(0)).className()).isEqualTo("9B");
            assertThat(f.s.students().get(f.counselor, f.students.get(3)).active()).isFalse();
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(7);
        }
    }

    @Test
    void aStudentWhoseRowHasAMistypedNisnIsNotTakenForMissing() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            Path file = csv("typo.csv", """
                    NISN,Nama,JK,Kelas
                    011111111,Putri Lestari,P,9B
                    0122222222,Bima Saputra,L,8B
                    """, false);
            RosterFile roster = new CsvRosterReader().read(file);
            RosterPreview p = f.s.roster().preview(f.counselor, roster);
            assertThat(p.problems()).extracting(RosterProblem::rowNumber).containsExactly(2);
            assertThat(p.missing()).extracting(Student::name).doesNotContain("Putri Lestari").hasSize(4);

            f.s.roster().apply(f.counselor, roster, new RosterImport.Options(true, true), Progress.NONE);
            assertThat(f.s.students().get(f.counselor, f.students.get(0)).active())
                    .as("skipping her row does not deactivate her").isTrue();
            assertThat(f.s.students().get(f.counselor, f.students.get(2)).active()).isFalse();
        }
    }

    @Test
    void aFileWithoutAHeaderOrARequiredColumnIsRefused() throws IOException {
        assertThatThrownBy(() -> new CsvRosterReader().read(csv("x.csv", "a,b,c\n1,2,3\n", false)))
                .hasMessage("roster.error.noHeader");
        assertThatThrownBy(() -> new CsvRosterReader().read(csv("y.csv", "NISN,Nama,Kelas\n0012345678,A,7A\n",
                false))).hasMessageStartingWith("roster.error.missingColumn");
    }

    @Test
    void cellValuesAreReadAsSchoolsWriteThem() {
        assertThat(RosterValues.gender("Laki-laki")).contains(Gender.L);
        assertThat(RosterValues.gender("perempuan")).contains(Gender.P);
        assertThat(RosterValues.gender("?")).isEmpty();
        assertThat(RosterValues.date("1/2/2013")).contains(LocalDate.of(2013, 2, 1));
        assertThat(RosterValues.date("17 Mei 2013")).contains(LocalDate.of(2013, 5, 17));
        assertThat(RosterValues.date("2013-13-01")).isEmpty();
        assertThat(RosterValues.nisn(" '0012345678 ")).isEqualTo("0012345678");
        assertThat(CsvRosterReader.guessSeparator("a;b;c\n1;2;3")).isEqualTo(';');
        assertThat(List.of(RosterColumn.forHeader("Nama Peserta Didik"), RosterColumn.forHeader("L/P"),
                RosterColumn.forHeader("Rombel Saat Ini"))).extracting(o -> o.orElseThrow())
                .containsExactly(RosterColumn.NAME, RosterColumn.GENDER, RosterColumn.CLASS);
    }
}
