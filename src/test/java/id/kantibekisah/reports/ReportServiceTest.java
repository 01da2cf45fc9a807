package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportServiceTest {
    @Test
    void figuresCountTheTermsCasesByStatusAndCategory(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.NEW);
            f.caseIn(CaseStatus.NEW);
            f.caseIn(CaseStatus.ESCALATED);
            f.caseIn(CaseStatus.RESOLVED);
            f.caseIn(CaseStatus.DISMISSED);
            TermFigures t = f.s.reports().figures(f.principal, f.s.terms().current());
            assertThat(t.opened()).isEqualTo(5);
            assertThat(t.open()).isEqualTo(3);
            assertThat(t.newCases()).isEqualTo(2);
            assertThat(t.resolved()).isEqualTo(1);
            assertThat(t.dismissed()).isEqualTo(1);
            assertThat(t.escalated()).isEqualTo(1);
            assertThat(t.byStatus()).containsEntry(CaseStatus.ESCALATED, 1L).containsEntry(CaseStatus.IN_PROGRESS, 0L);
            assertThat(t.byCategory()).containsOnlyKeys(Category.BULLYING_VERBAL)
                    .containsEntry(Category.BULLYING_VERBAL, 5L);
            TermFigures previous = f.s.reports().figures(f.principal, f.s.terms().previous(t.term()));
            assertThat(previous.opened()).isZero();
        }
    }
}
