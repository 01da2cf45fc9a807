package id.kantibekisah.students;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditQuery;
import id.kantibekisah.audit.AuditRow;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the roster leaves a trace: the README promises one row for every view, and Hak siswa shows who looked. */
class StudentReadAuditTest {
    @TempDir
    Path dir;

    @Test
    void openingAStudentsFullRecordIsAuditedAndShowsInTheirAccessHistory() {
        try (Fixture f = Fixture.create(dir)) {
            long putri = f.students.get(0);
            f.s.students().get(f.counselor2, putri);

            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.STUDENT_VIEW);
            assertThat(row.userId()).isEqualTo(f.counselor2.userId());
            assertThat(row.studentId()).isEqualTo(putri);
            assertThat(f.s.auditService().search(f.counselor, new AuditQuery(null, AuditAction.STUDENT_VIEW, null,
                    null, putri, true, null, null, 0, 10)).rows()).singleElement()
                    .extracting(AuditRow::userName).isEqualTo("Pak Dua");
        }
    }

    @Test
    void listingTheRosterIsAuditedOncePerPageWithoutTheSearchText() {
        try (Fixture f = Fixture.create(dir)) {
            long before = f.auditCount();
            f.s.students().search(f.counselor, "putri", "8b", false, 0, 100);
            f.s.students().count(f.counselor, "putri", "8b", false);

            assertThat(f.auditCount()).isEqualTo(before + 1);
            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.STUDENT_LIST);
            assertThat(row.userId()).isEqualTo(f.counselor.userId());
            assertThat(row.detail()).isEqualTo("roster search class=8b offset=0, 1 shown").doesNotContain("putri");
        }
    }
}
