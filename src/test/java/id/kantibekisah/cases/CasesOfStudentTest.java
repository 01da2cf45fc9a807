package id.kantibekisah.cases;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CasesOfStudentTest {
    @TempDir
    Path dir;

    @Test
    void aStudentsCasesAreListedNewestFirstWithTheirRoleAndTheReadIsAudited() {
        try (Fixture f = Fixture.create(dir)) {
            long first = f.caseIn(CaseStatus.RESOLVED); // Citra victim, Dimas perpetrator
            f.clock.advance(java.time.Duration.ofDays(3));
            f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(3), f.students.get(2)));
            long second = f.lastCaseId();

            assertThat(f.s.cases().casesOfStudent(f.counselor, f.students.get(2))).containsExactly(
                    new StudentCase(second, "KB-2026-0002", f.today(), Category.BULLYING_VERBAL, CaseStatus.NEW,
                            PartyRole.PERPETRATOR),
                    new StudentCase(first, "KB-2026-0001", f.today().minusDays(3), Category.BULLYING_VERBAL,
                            CaseStatus.RESOLVED, PartyRole.VICTIM));
            AuditEntry read = f.s.audit().latest(1).get(0);
            assertThat(read.action()).isEqualTo(AuditAction.CASE_LIST);
            assertThat(read.studentId()).isEqualTo(f.students.get(2));
            assertThat(read.detail()).isEqualTo("cases of student");
            assertThat(f.s.cases().casesOfStudent(f.counselor, f.students.get(5))).isEmpty();
        }
    }
}
