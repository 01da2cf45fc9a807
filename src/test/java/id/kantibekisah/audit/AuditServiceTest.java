package id.kantibekisah.audit;

import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The audit screen below the UI: filters, paging, what the admin may see, and the check button. */
class AuditServiceTest {
    @TempDir
    Path dir;

    private static AuditQuery byStudent(long studentId, LocalDate from, AuditAction action) {
        return new AuditQuery(null, action, null, null, studentId, true, from, null, 0, 100);
    }

    @Test
    void aCounselorFindsWhoViewedOrExportedAChildsCaseSinceADate() {
        try (Fixture f = Fixture.create(dir)) {
            long citrasCase = f.caseIn(CaseStatus.IN_PROGRESS);       // Citra (student 2) and Dimas (3)
            f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(4)));  // Eka only: not Citra's
            long ekasCase = f.lastCaseId();
            f.clock.advance(Duration.ofDays(3));
            LocalDate since = f.today();
            f.s.cases().get(f.counselor2, citrasCase);
            f.s.cases().get(f.counselor, ekasCase);
            f.s.subjectExport().export(f.counselor, f.students.get(2), dir.resolve("citra.xlsx"),
                    Messages.indonesian(), Progress.NONE);

            AuditPage viewed = f.s.auditService().search(f.counselor,
                    byStudent(f.students.get(2), since, AuditAction.CASE_VIEW));
            assertThat(viewed.rows()).singleElement().satisfies(r -> {
                assertThat(r.userName()).isEqualTo("Pak Dua");
                assertThat(r.role()).isEqualTo(Role.COUNSELOR);
                assertThat(r.caseCode()).isNotBlank();
                assertThat(r.at()).isEqualTo(f.clock.instant());
            });
            AuditPage exported = f.s.auditService().search(f.counselor,
                    byStudent(f.students.get(2), since, AuditAction.SUBJECT_EXPORT));
            assertThat(exported.rows()).singleElement().satisfies(r -> {
                assertThat(r.userName()).isEqualTo("Bu Satu");
                assertThat(r.studentName()).isEqualTo("Citra Maharani");
                assertThat(r.studentClass()).isEqualTo("7A");
            });
            AuditPage everything = f.s.auditService().search(f.counselor,
                    byStudent(f.students.get(2), null, null));
            assertThat(everything.rows()).extracting(AuditRow::action)
                    .contains(AuditAction.INTAKE_SUBMIT, AuditAction.CASE_TAKE, AuditAction.SESSION_ADD,
                            AuditAction.CASE_VIEW, AuditAction.SUBJECT_EXPORT);
            assertThat(everything.rows()).noneSatisfy(r -> assertThat(r.caseCode())
                    .isEqualTo(code(f, ekasCase)));
        }
    }

    @Test
    void filtersCombineAndPagesAreNewestFirst() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < 7; i++) {
                f.clock.advance(Duration.ofMinutes(1));
                f.newCase();
            }
            AuditQuery cadreIntakes = new AuditQuery(f.cadre.userId(), AuditAction.INTAKE_SUBMIT, AuditOutcome.OK,
                    null, null, false, f.today(), f.today(), 0, 3);
            AuditPage first = f.s.auditService().search(f.counselor, cadreIntakes);
            assertThat(first.total()).isEqualTo(7);
            assertThat(first.rows()).hasSize(3);
            assertThat(first.rows().get(0).at()).isAfter(first.rows().get(2).at());
            AuditPage last = f.s.auditService().search(f.counselor, cadreIntakes.page(6));
            assertThat(last.rows()).hasSize(1);
            assertThat(last.rows().get(0).at()).isEqualTo(Fixture.START.plus(Duration.ofMinutes(1)));
            assertThat(f.s.auditService().search(f.counselor, new AuditQuery(null, null, null, null, null, false,
                    f.today().plusDays(1), null, 0, 10)).total()).isZero();
            assertThat(f.s.auditService().search(f.counselor, new AuditQuery(null, null, null, "KB-1999-0001", null,
                    false, null, null, 0, 10)).total()).as("unknown case code").isZero();
        }
    }

    @Test
    void theAdminSeesCaseCodesButNeverAStudentNorWhichCaseACadreReported() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.students().get(f.counselor, f.students.get(2));
            String code = code(f, id);
            AuditPage page = f.s.auditService().search(f.admin, new AuditQuery(null, null, null, code, null, false,
                    null, null, 0, 100));
            assertThat(page.rows()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.caseCode()).isEqualTo(code);
                assertThat(r.role()).isNotEqualTo(Role.CADRE);
            });
            assertThat(page.rows()).extracting(AuditRow::action).doesNotContain(AuditAction.INTAKE_SUBMIT);
            List<AuditRow> all = f.s.auditService().search(f.admin, AuditQuery.all(500)).rows();
            assertThat(all).allSatisfy(r -> {
                assertThat(r.studentName()).isNull();
                assertThat(r.studentClass()).isNull();
            });
            assertThat(all).filteredOn(r -> r.role() == Role.CADRE).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.caseCode()).isNull());
            assertThat(f.s.auditService().search(f.counselor, new AuditQuery(null, AuditAction.INTAKE_SUBMIT, null,
                    code, null, false, null, null, 0, 10)).rows()).singleElement()
                    .satisfies(r -> assertThat(r.userName()).isEqualTo("Putri Lestari"));
        }
    }

    @Test
    void theAdminCannotFilterByStudentAndTheAttemptIsAudited() {
        try (Fixture f = Fixture.create(dir)) {
            assertThatThrownBy(() -> f.s.auditService().search(f.admin, byStudent(f.students.get(2), null, null)))
                    .isInstanceOf(AccessDeniedException.class);
            AuditEntry refusal = f.s.audit().latest(1).get(0);
            assertThat(refusal.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(refusal.action()).isEqualTo(AuditAction.AUDIT_VIEW);
            assertThat(refusal.studentId()).isEqualTo(f.students.get(2));
        }
    }

    @Test
    void aSearchIsAuditedWithIdsAndNeverWithNames() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.auditService().search(f.counselor, byStudent(f.students.get(2), f.today(), AuditAction.CASE_VIEW));
            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.AUDIT_VIEW);
            assertThat(row.studentId()).isEqualTo(f.students.get(2));
            assertThat(row.detail()).isEqualTo("search action=CASE_VIEW student+cases from=2026-11-24")
                    .doesNotContain("Citra");
        }
    }

    @Test
    void whoTouchedThisChildIsAnsweredThroughIndexesNotByScanningTheLog() {
        try (Fixture f = Fixture.create(dir)) {
            List<String> plan = f.s.db().read(sql -> sql.list("""
                    EXPLAIN QUERY PLAN
                    SELECT a.id FROM audit_log a LEFT JOIN users u ON u.id = a.user_id
                     WHERE a.id IN (SELECT id FROM audit_log WHERE student_id = ?
                                    UNION ALL
                                    SELECT id FROM audit_log
                                     WHERE case_id IN (SELECT case_id FROM case_parties WHERE student_id = ?))
                       AND a.action = ? AND a.at >= ?
                     ORDER BY a.at DESC, a.id DESC LIMIT 100""", r -> r.str("detail"), 1L, 1L, "CASE_VIEW",
                    "2026-01-01"));
            assertThat(plan).anySatisfy(p -> assertThat(p).contains("audit_log_student"));
            assertThat(plan).anySatisfy(p -> assertThat(p).contains("audit_log_case"));
            assertThat(plan).noneSatisfy(p -> assertThat(p).matches("SCAN (a|audit_log)\\b.*"));
            List<String> byAction = f.s.db().read(sql -> sql.list("""
                    EXPLAIN QUERY PLAN SELECT a.id FROM audit_log a WHERE a.action = ? AND a.at >= ?
                     ORDER BY a.at DESC, a.id DESC LIMIT 100""", r -> r.str("detail"), "SUBJECT_EXPORT",
                    "2026-01-01"));
            assertThat(byAction).anySatisfy(p -> assertThat(p).contains("audit_log_action"));
        }
    }

    @Test
    void theCheckButtonNamesTheFirstTamperedRowAndRecordsTheCheck() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            DatabaseCheck.Report sound = f.s.auditService().verify(f.admin);
            assertThat(sound.ok()).isTrue();
            assertThat(f.s.audit().latest(1).get(0).action()).isEqualTo(AuditAction.VERIFY);
            long target = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) + 3 FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.update("UPDATE audit_log SET detail = 'nothing happened' WHERE id = ?", target);
                return null;
            });
            DatabaseCheck.Report broken = f.s.auditService().verify(f.admin);
            assertThat(broken.ok()).isFalse();
            assertThat(broken.firstBrokenAuditRow()).contains(target);
            AuditEntry check = f.s.audit().latest(1).get(0);
            assertThat(check.outcome()).isEqualTo(AuditOutcome.FAILED);
            assertThat(check.detail()).contains("audit chain broken at " + target);
        }
    }

    private static String code(Fixture f, long caseId) {
        return f.s.db().read(sql -> sql.string("SELECT code FROM cases WHERE id = ?", caseId)).orElseThrow();
    }
}
