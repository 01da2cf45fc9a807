package id.kantibekisah.privacy;

import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseQuery;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.ItemClosure;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.TermFigures;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.terms.Term;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anonymising students past the retention period. Zulkarnain Wibisono (8C) left the school; his case's narrative
 * names him and a phrase no other text has. After anonymising, neither is left anywhere in the database file.
 */
class RetentionServiceTest {
    @TempDir
    Path dir;

    private static final String NAME = "Zulkarnain Wibisono";
    private static final String PHRASE = "dipalak di warung belakang sekolah";

    private record Setup(long student, long caseId, Term term) {
    }

    private static Setup leaver(Fixture f) {
        long z = f.s.students().create(f.counselor, new StudentDraft("0177777777", "7777", NAME, Gender.L, "8C",
                LocalDate.of(2011, 5, 17), "Bapak Wibisono Senior", "081299990000"));
        f.s.users().create(f.admin, new NewUser("kader.zul", NAME, Role.CADRE, "58392017", z));
        f.s.cases().submitIntake(f.cadre, new IntakeDraft(List.of(new PartyDraft(z, PartyRole.VICTIM),
                new PartyDraft(f.students.get(3), PartyRole.PERPETRATOR)), Category.BULLYING_PHYSICAL,
                NAME + " " + PHRASE + " oleh kakak kelas.", IncidentLocation.OUTSIDE_SCHOOL, "warung Bu Sri",
                f.today(), null, RiskLevel.HIGH, Knowledge.SAW));
        long id = f.lastCaseId();
        f.s.cases().take(f.counselor, id);
        f.s.cases().recordSession(f.counselor, id, new SessionDraft(f.today(), SessionKind.HOME_VISIT,
                "Kunjungan ke rumah " + NAME + ", ayahnya bekerja di tambang.", "Pantau " + NAME));
        long referral = f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.PARENTS,
                f.today(), "Orang tua " + NAME + " dipanggil."));
        f.s.cases().addNote(f.counselor, id, "Catatan tentang " + NAME + ".");
        f.s.cases().resolve(f.counselor, id, "Pendampingan " + NAME, NAME + " sudah aman.",
                List.of(ItemClosure.referralDone(referral, "Orang tua " + NAME + " datang.")));
        f.s.consents().record(f.counselor, z, new ConsentDraft(ConsentBasis.PARENT_CONSENT,
                "Bapak Wibisono Senior", f.today(), "ditandatangani " + NAME));
        f.s.students().setActive(f.counselor, z, false);
        return new Setup(z, id, f.s.terms().current());
    }

    private static long countBy(Fixture f, String sql, Object... params) {
        return f.s.db().<Long>read(s -> s.longValue(sql, params));
    }

    private static String figures(Fixture f, Term term) {
        TermFigures t = f.s.reports().figures(f.counselor, term);
        List<String> byClass = f.s.db().read(sql -> sql.list("""
                SELECT s.class_name || ':' || s.gender || ':' || c.category || ':' || c.status || ':' || count(*) AS k
                  FROM case_parties p JOIN students s ON s.id = p.student_id JOIN cases c ON c.id = p.case_id
                 GROUP BY s.class_name, s.gender, c.category, c.status ORDER BY 1""", r -> r.str("k")));
        return t.opened() + " " + t.byStatus() + " " + new java.util.TreeMap<>(t.byCategory()) + " " + byClass;
    }

    @Test
    void nobodyIsDueBeforeTheRetentionPeriodHasPassed() {
        try (Fixture f = Fixture.create(dir)) {
            leaver(f);
            f.clock.advance(Duration.ofDays(365 * 3 - 2));
            assertThat(f.s.retention().status(f.admin).due()).isZero();
            assertThat(f.s.retention().anonymiseDue(f.admin, Progress.NONE)).isZero();
            assertThat(countBy(f, "SELECT count(*) FROM students WHERE name = ?", NAME)).isEqualTo(1);
        }
    }

    @Test
    void studentsStillAtSchoolOrWithAnOpenCaseAreNeverDue() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(id.kantibekisah.cases.CaseStatus.IN_PROGRESS);         // Citra and Dimas, open
            f.s.students().setActive(f.counselor, f.students.get(2), false); // Citra left, case still open
            f.clock.advance(Duration.ofDays(365 * 10));
            assertThat(f.s.retention().status(f.admin).due()).isZero();
        }
    }

    @Test
    void afterTheRetentionPeriodNamesAndNarrativesAreGoneFromTheFileAndTheFiguresStay() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            Setup z = leaver(f);
            f.caseIn(id.kantibekisah.cases.CaseStatus.RESOLVED);
            String before = figures(f, z.term());
            f.clock.advance(Duration.ofDays(365 * 3 + 5));

            RetentionService.Status status = f.s.retention().status(f.admin);
            assertThat(status.due()).isEqualTo(1);
            assertThat(f.s.retention().anonymiseDue(f.admin, Progress.NONE)).isEqualTo(1);

            assertThat(figures(f, z.term())).isEqualTo(before);
            assertThat(f.s.retention().status(f.admin)).isEqualTo(new RetentionService.Status(0, 1, 3));
            var student = f.s.students().get(f.counselor, z.student());
            assertThat(student.name()).isEqualTo("Siswa anonim #" + z.student());
            assertThat(student.nisn()).isEqualTo("999" + String.format("%07d", z.student()));
            assertThat(student.className()).isEqualTo("8C");
            assertThat(student.gender()).isEqualTo(Gender.L);
            assertThat(student.birthDate()).isNull();
            assertThat(student.guardianName()).isNull();
            var detail = f.s.cases().get(f.counselor, z.caseId());
            assertThat(detail.intake().description()).isEqualTo(RetentionService.REMOVED);
            assertThat(detail.closureSummary()).isEqualTo(RetentionService.REMOVED);
            assertThat(detail.sessions()).allSatisfy(s -> assertThat(s.notes()).isEqualTo(RetentionService.REMOVED));
            assertThat(countBy(f, "SELECT count(*) FROM users WHERE username = 'kader.zul'")).isZero();
            assertThat(countBy(f, "SELECT count(*) FROM users WHERE student_id = ? AND active = 0",
                    z.student())).isEqualTo(1);
            AuditEntry row = f.s.audit().latest(20).stream()
                    .filter(e -> e.action() == AuditAction.STUDENT_ANONYMISE).findFirst().orElseThrow();
            assertThat(row.userId()).isEqualTo(f.admin.userId());
            assertThat(row.studentId()).isEqualTo(z.student());
            assertThat(row.detail()).doesNotContain("Zulkarnain");

            // The service checkpointed the write-ahead log; nothing of the old text is left in the files.
            for (Path file : List.of(f.dbFile, f.dbFile.resolveSibling(f.dbFile.getFileName() + "-wal"))) {
                if (Files.exists(file)) {
                    String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                    assertThat(bytes).as(file.getFileName().toString()).doesNotContain("Zulkarnain")
                            .doesNotContain("Wibisono").doesNotContain("dipalak di warung").doesNotContain("tambang")
                            .doesNotContain("0177777777").doesNotContain("081299990000");
                }
            }
            assertThat(new String(Files.readAllBytes(f.dbFile), StandardCharsets.ISO_8859_1))
                    .as("the other students are still there").contains("Citra Maharani");
            // The search index answers for the new name only, and still finds the others.
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withText("Zulkarnain")).total()).isZero();
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withText("Siswa anonim #" + z.student()))
                    .total()).isPositive();
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withText("Citra Mah")).total()).isPositive();
        }
    }
}
