package id.kantibekisah.reports;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.students.Gender;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/** The term report's figures over the known cases of {@link ReportScenario}. */
class TermReportTest {
    @TempDir
    Path dir;
    private Fixture f;
    private ReportScenario scenario;

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        scenario = new ReportScenario(f);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void headlineCountsTheCasesOfTheTermByWhatBecameOfThem() {
        TermReport r = f.s.reports().termReport(f.counselor, scenario.current);
        assertThat(r.period().term()).isEqualTo(scenario.current);
        assertThat(r.asOf()).isEqualTo(LocalDate.of(2026, 11, 24));
        TermReport.Headline h = r.headline();
        assertThat(h.opened()).isEqualTo(5);
        assertThat(h.resolved()).isEqualTo(2);
        assertThat(h.dismissed()).isEqualTo(1);
        assertThat(h.stillOpen()).isEqualTo(2);
        assertThat(h.unreviewed()).isEqualTo(1);
        assertThat(h.escalated()).isEqualTo(1);
        assertThat(h.studentsConcerned()).as("Citra, Bima, Eka, Putri").isEqualTo(4);
        assertThat(h.closedInPeriod()).as("C1, C3, C4 and the older P2").isEqualTo(4);
        assertThat(h.sessions()).as("P2's session in July counts: it was held this term").isEqualTo(4);
        assertThat(h.referrals()).isEqualTo(2);
    }

    @Test
    void mediansLeaveOutCasesACounselorOpenedThemselves() {
        TermReport.Headline h = f.s.reports().termReport(f.counselor, scenario.current).headline();
        assertThat(h.medianDaysToReview()).as("C1 2 days, C2 1 day, C4 2 days").isEqualTo(2.0);
        assertThat(h.medianDaysToResolution()).as("C1 12 days, C3 4 days").isEqualTo(8.0);
    }

    @Test
    void breakdownsByStatusCategoryRiskSessionsAndDestinations() {
        TermReport r = f.s.reports().termReport(f.principal, scenario.current);
        assertThat(r.byStatus()).containsEntry(CaseStatus.RESOLVED, 2L).containsEntry(CaseStatus.DISMISSED, 1L)
                .containsEntry(CaseStatus.ESCALATED, 1L).containsEntry(CaseStatus.NEW, 1L)
                .containsEntry(CaseStatus.IN_PROGRESS, 0L).hasSize(CaseStatus.values().length);
        assertThat(r.byCategory()).containsEntry(Category.BULLYING_VERBAL, 3L)
                .containsEntry(Category.DROPOUT_RISK, 1L).containsEntry(Category.VIOLENCE, 1L)
                .containsEntry(Category.FAMILY, 0L);
        assertThat(r.byRisk()).containsEntry(RiskLevel.MEDIUM, 4L).containsEntry(RiskLevel.HIGH, 1L);
        assertThat(r.sessionsByKind()).containsEntry(SessionKind.INDIVIDUAL, 2L).containsEntry(SessionKind.GROUP, 1L)
                .containsEntry(SessionKind.HOME_VISIT, 1L).containsEntry(SessionKind.PARENT_MEETING, 0L);
        assertThat(r.referralsByDestination()).containsEntry(ReferralDestination.PRINCIPAL, 1L)
                .containsEntry(ReferralDestination.PARENTS, 1L).containsEntry(ReferralDestination.POLICE, 0L);
    }

    @Test
    void classGradeAndGenderCountEachCaseOnceByItsPrimaryStudent() {
        TermReport r = f.s.reports().termReport(f.counselor, scenario.current);
        // C2: the student at risk (Bima, 8B) wins over the witness entered first (Putri, also 8B but P).
        // C3: the victim (Eka, 9C, P) wins over the perpetrator entered first (Fajar, 7A, L).
        assertThat(r.byClass()).containsExactly(entry("7A", 2L), entry("8B", 2L), entry("9C", 1L));
        assertThat(r.byGrade()).containsExactly(entry(7, 2L), entry(8, 2L), entry(9, 1L));
        assertThat(r.byGender()).containsEntry(Gender.P, 4L).containsEntry(Gender.L, 1L);
    }

    @Test
    void followUpsDueInTheTermByOnTimeLateOverdueAndPending() {
        TermReport.FollowUps fu = f.s.reports().termReport(f.counselor, scenario.current).followUps();
        assertThat(fu).isEqualTo(new TermReport.FollowUps(1, 1, 1, 1, 0));
        assertThat(fu.total()).isEqualTo(4);
    }

    @Test
    void everyMonthOfTheTermSoFarWithCasesOpenedAndClosed() {
        TermReport r = f.s.reports().termReport(f.counselor, scenario.current);
        assertThat(r.byMonth()).containsExactly(
                new TermReport.Month(YearMonth.of(2026, 7), 0, 1),
                new TermReport.Month(YearMonth.of(2026, 8), 1, 1),
                new TermReport.Month(YearMonth.of(2026, 9), 1, 0),
                new TermReport.Month(YearMonth.of(2026, 10), 1, 1),
                new TermReport.Month(YearMonth.of(2026, 11), 2, 1));
        assertThat(r.byMonth()).as("December has not come yet on 24 November: not charted as zero")
                .noneMatch(m -> m.month().equals(YearMonth.of(2026, 12)));
    }

    @Test
    void comparesWithThePreviousTerm() {
        TermReport r = f.s.reports().termReport(f.counselor, scenario.current);
        TermReport p = r.previous();
        assertThat(p.period().term()).isEqualTo(scenario.previous);
        assertThat(p.previous()).isNull();
        assertThat(p.headline().opened()).isEqualTo(2);
        assertThat(p.headline().resolved()).as("P2 was resolved in July: its status today counts").isEqualTo(2);
        assertThat(p.headline().closedInPeriod()).as("only P1 closed before July").isEqualTo(1);
        assertThat(p.headline().sessions()).isEqualTo(1);
        assertThat(p.headline().medianDaysToReview()).as("P1 1 day, P2 2 days").isEqualTo(1.5);
    }

    @Test
    void aDateRangeCountsCasesOpenedInItAndComparesWithTheRangeBefore() {
        ReportPeriod range = ReportPeriod.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 9, 30));
        TermReport r = f.s.reports().report(f.counselor, range);
        assertThat(r.headline().opened()).as("C1 and C2").isEqualTo(2);
        assertThat(r.headline().sessions()).isEqualTo(2);
        assertThat(r.followUps().total()).as("due 10 and 15 September").isEqualTo(2);
        assertThat(r.byMonth()).extracting(TermReport.Month::month)
                .containsExactly(YearMonth.of(2026, 8), YearMonth.of(2026, 9));
        assertThat(r.previous().period()).isEqualTo(ReportPeriod.between(LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 31)));
        assertThat(r.previous().headline().opened()).as("P2, opened 20 June").isEqualTo(1);
    }

    @Test
    void anEmptyTermHasZerosAndNoMedians() {
        ReportPeriod empty = ReportPeriod.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30));
        TermReport r = f.s.reports().report(f.counselor, empty);
        assertThat(r.headline().opened()).isZero();
        assertThat(r.headline().medianDaysToReview()).isNull();
        assertThat(r.headline().medianDaysToResolution()).isNull();
        assertThat(r.byClass()).isEmpty();
        assertThat(r.byMonth()).hasSize(6).allSatisfy(m -> assertThat(m.opened()).isZero());
    }

    @Test
    void viewingTheReportIsAuditedWithItsTerm() {
        f.s.reports().termReport(f.principal, scenario.current);
        AuditEntry last = f.s.audit().latest(1).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_VIEW);
        assertThat(last.userId()).isEqualTo(f.principal.userId());
        assertThat(last.detail()).isEqualTo("term 2026/2027-1");
    }

    @Test
    void printingIsAuditedWithTermVersionAndPages() {
        f.s.reports().recordPrint(f.principal, ReportPeriod.of(scenario.current), 3);
        AuditEntry last = f.s.audit().latest(1).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_PRINT);
        assertThat(last.userId()).isEqualTo(f.principal.userId());
        assertThat(last.detail()).isEqualTo("term 2026/2027-1 summary pseudonymised 3 pages");
    }

    @Test
    void theHomeScreenFiguresAgreeWithTheReport() {
        TermFigures t = f.s.reports().figures(f.principal, scenario.current);
        assertThat(t.opened()).isEqualTo(5);
        assertThat(t.open()).isEqualTo(2);
        assertThat(t.newCases()).isEqualTo(1);
        assertThat(t.escalated()).isEqualTo(1);
        assertThat(t.byCategory()).containsOnlyKeys(Category.BULLYING_VERBAL, Category.DROPOUT_RISK,
                Category.VIOLENCE);
    }

    @Test
    void gradeLevelsReadTheWaysSchoolsNameClasses() {
        assertThat(GradeLevel.of("7A")).isEqualTo(7);
        assertThat(GradeLevel.of("VIII-B")).isEqualTo(8);
        assertThat(GradeLevel.of("IX A")).isEqualTo(9);
        assertThat(GradeLevel.of("Kelas 8.2")).isEqualTo(8);
        assertThat(GradeLevel.of("Kelas VII C")).isEqualTo(7);
        assertThat(GradeLevel.of("Akselerasi")).isZero();
        assertThat(GradeLevel.of("")).isZero();
    }

    @Test
    void initialsKeepOneLetterPerName() {
        assertThat(Initials.of("Putri Lestari")).isEqualTo("P.L.");
        assertThat(Initials.of("  muhammad rizky  ananda ")).isEqualTo("M.R.A.");
        assertThat(Initials.of("Rafi")).isEqualTo("R.");
        assertThat(Initials.of("Siti Nur'aini")).isEqualTo("S.N.");
        assertThat(Initials.of("=Jahat Sekali")).isEqualTo("J.S.");
    }
}
