package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.DueFollowUp;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.ui.PrincipalHomeViewModel.CategoryCount;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.testing.ScreenTesting.RecordingWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The two home screens below the window: the counselor's attention lists, the principal's figures and cases. */
class HomeViewModelsTest {
    @Test
    void theCounselorsHomeListsWhatNeedsAttentionAndOpensIt(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long fresh = f.newCase();
            long urgent = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.cases().changeRisk(f.counselor, urgent, RiskLevel.URGENT, null);
            f.followUp(urgent, f.today().plusDays(1));
            long later = f.caseIn(CaseStatus.IN_REVIEW);
            f.followUp(later, f.today().plusDays(5));
            f.clock.advance(Duration.ofDays(3));

            RecordingWindow window = new RecordingWindow(Messages.indonesian());
            HomeViewModel vm = new HomeViewModel(ScreenTesting.context(f, f.counselor, window), f.s.cases());
            vm.load();
            assertThat(vm.unreviewed()).extracting(CaseSummary::id).containsExactly(fresh);
            assertThat(vm.urgent()).extracting(CaseSummary::id).containsExactly(urgent);
            assertThat(vm.overdue()).extracting(DueFollowUp::caseId).containsExactly(urgent);
            assertThat(vm.dueThisWeek()).extracting(DueFollowUp::caseId).containsExactly(later);

            vm.open(fresh);
            assertThat(window.openedCases).containsExactly(fresh);
        }
    }

    @Test
    void thePrincipalsHomeShowsTheTermsFiguresAndTheCasesEscalatedToThem(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long escalated = f.caseIn(CaseStatus.ESCALATED);
            f.caseIn(CaseStatus.NEW);
            f.caseIn(CaseStatus.RESOLVED);
            RecordingWindow window = new RecordingWindow(Messages.indonesian());
            PrincipalHomeViewModel vm = new PrincipalHomeViewModel(ScreenTesting.context(f, f.principal, window),
                    f.s.cases(), f.s.reports(), f.s.terms());
            vm.load();
            assertThat(window.errors).isEmpty();
            var figures = vm.figuresProperty().get();
            assertThat(figures.term().code()).isEqualTo("2026/2027-1");
            assertThat(figures.opened()).isEqualTo(3);
            assertThat(figures.open()).isEqualTo(2);
            assertThat(figures.newCases()).isEqualTo(1);
            assertThat(figures.resolved()).isEqualTo(1);
            assertThat(figures.escalated()).isEqualTo(1);
            assertThat(vm.byCategory()).containsExactly(new CategoryCount(Category.BULLYING_VERBAL, 3));
            assertThat(vm.escalated()).extracting(CaseSummary::id).containsExactly(escalated);
            assertThat(vm.awaitsAnswer(vm.escalated().get(0))).isTrue();
            assertThat(vm.awaitingCountProperty().get()).isEqualTo(1);
            long referral = f.s.cases().get(f.principal, escalated).referrals().get(0).id();
            f.s.cases().acknowledgeEscalation(f.principal, referral, "Sudah dibaca.");
            vm.load();
            assertThat(vm.awaitsAnswer(vm.escalated().get(0))).isFalse();
            assertThat(vm.awaitingCountProperty().get()).isZero();
            vm.open(vm.escalated().get(0));
            assertThat(window.openedCases).containsExactly(escalated);
        }
    }

    @Test
    void categoriesAreShownMostFirstAndEmptyOnesLeftOut() {
        assertThat(PrincipalHomeViewModel.sorted(Map.of(Category.FAMILY, 2L, Category.ACADEMIC, 5L,
                Category.BULLYING_PHYSICAL, 2L, Category.OTHER, 0L))).containsExactly(
                new CategoryCount(Category.ACADEMIC, 5), new CategoryCount(Category.BULLYING_PHYSICAL, 2),
                new CategoryCount(Category.FAMILY, 2));
    }
}
