package id.kantibekisah.audit;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    void everyCaseActionWritesOneRowNamingTheCaseAndTheActor() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.newCase();
            f.s.cases().take(f.counselor, id);
            f.s.cases().get(f.counselor, id);
            List<AuditEntry> rows = f.s.audit().latest(3);
            assertThat(rows).extracting(AuditEntry::action)
                    .containsExactly(AuditAction.CASE_VIEW, AuditAction.CASE_TAKE, AuditAction.INTAKE_SUBMIT);
            assertThat(rows).allSatisfy(e -> assertThat(e.caseId()).isEqualTo(id));
            assertThat(rows.get(0).userId()).isEqualTo(f.counselor.userId());
            assertThat(rows.get(2).userId()).isEqualTo(f.cadre.userId());
            assertThat(rows).allSatisfy(e -> assertThat(e.at()).isEqualTo(Fixture.START));
        }
    }

    @Test
    void anActionThatFailsLeavesNoAuditRow() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.RESOLVED);
            long before = f.auditCount();
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, null, "lagi"))
                    .hasMessageContaining("case.error.transition");
            assertThat(f.auditCount()).isEqualTo(before);
        }
    }

    @Test
    void updateAndDeleteAreRefusedByTheDatabase() {
        try (Fixture f = Fixture.create(dir)) {
            f.newCase();
            assertThatThrownBy(() -> f.s.db().tx(s -> s.update("UPDATE audit_log SET detail = 'x'")))
                    .isInstanceOf(DatabaseException.class);
            assertThatThrownBy(() -> f.s.db().tx(s -> s.update("DELETE FROM audit_log")))
                    .isInstanceOf(DatabaseException.class);
            assertThat(f.auditCount()).isPositive();
        }
    }

    @Test
    void theChainIsIntactAfterNormalWork() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            f.caseIn(CaseStatus.DISMISSED);
            assertThat(f.auditCount()).isGreaterThan(5);
            assertThat(f.s.audit().firstBrokenRow()).isEmpty();
        }
    }

    @Test
    void anEditedRowIsFoundEvenWhenTheTriggerWasDropped() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            long target = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) + 2 FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.update("UPDATE audit_log SET username = 'someone-else' WHERE id = ?", target);
                return null;
            });
            assertThat(f.s.audit().firstBrokenRow()).contains(target);
        }
    }

    @Test
    void aRemovedRowIsFoundAtTheRowAfterIt() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            long removed = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) + 1 FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_delete");
                s.update("DELETE FROM audit_log WHERE id = ?", removed);
                return null;
            });
            assertThat(f.s.audit().firstBrokenRow()).contains(removed + 1);
        }
    }
}
