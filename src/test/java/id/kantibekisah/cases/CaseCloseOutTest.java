package id.kantibekisah.cases;

import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Closing a case closes what is still open on it; overdue means an open follow-up of an open case, everywhere. */
class CaseCloseOutTest {
    @TempDir
    Path dir;

    @Test
    void closingRefusesWhileSomethingIsOpenAndChangesNothing() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            f.followUp(id, f.today().plusDays(3));
            long audits = f.auditCount();
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, null, "Sudah damai."))
                    .isInstanceOf(WorkflowException.class)
                    .satisfies(e -> assertThat(((WorkflowException) e).messageKey()).isEqualTo("case.error.openItems"));
            assertThatThrownBy(() -> f.s.cases().dismiss(f.counselor, id, "Laporan ganda."))
                    .isInstanceOf(WorkflowException.class);
            CaseDetail d = f.s.cases().get(f.counselor, id);
            assertThat(d.status()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(d.followUps()).singleElement().satisfies(fu -> assertThat(fu.open()).isTrue());
            assertThat(f.auditCount()).as("only the read of the case was audited").isEqualTo(audits + 1);
        }
    }

    @Test
    void openItemsListFollowUpsEscalationsAwaitingThePrincipalAndReferralsWithoutOutcome() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            long fu = f.followUp(id, f.today().plusDays(3));
            long done = f.followUp(id, f.today().plusDays(4));
            f.s.cases().completeFollowUp(f.counselor, done, null);
            long psych = f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.PSYCHOLOGIST,
                    f.today(), "Perlu asesmen psikolog."));
            long parents = f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.PARENTS,
                    f.today(), "Orang tua perlu tahu."));
            f.s.cases().recordReferralOutcome(f.counselor, parents, "Orang tua datang.", f.today());
            OpenItems open = f.s.cases().openItems(f.counselor, id);
            assertThat(open.followUps()).extracting(FollowUp::id).containsExactly(fu);
            assertThat(open.awaitingPrincipal()).extracting(Referral::destination)
                    .containsExactly(ReferralDestination.PRINCIPAL);
            assertThat(open.withoutOutcome()).extracting(Referral::id).containsExactly(psych);
            assertThat(open.count()).isEqualTo(3);
            assertThat(OpenItems.of(f.s.cases().get(f.counselor, id))).isEqualTo(open);
        }
    }

    @Test
    void resolvingClosesEveryOpenItemInTheSameStep() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            long fuDone = f.followUp(id, f.today().plusDays(3));
            long fuCancel = f.followUp(id, f.today().plusDays(5));
            long psych = f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.PSYCHOLOGIST,
                    f.today(), "Perlu asesmen psikolog."));
            long principal = f.s.cases().get(f.counselor, id).referrals().stream()
                    .filter(r -> r.destination() == ReferralDestination.PRINCIPAL).findFirst().orElseThrow().id();
            assertThat(f.s.cases().awaitingAcknowledgement(f.principal)).containsExactly(id);
            long audits = f.auditCount();

            f.s.cases().resolve(f.counselor, id, null, "Sudah damai dan dipantau.", List.of(
                    ItemClosure.followUpDone(fuDone, "Sudah dicek."),
                    ItemClosure.followUpCancelled(fuCancel, "Tidak diperlukan lagi."),
                    ItemClosure.referralDone(psych, "Asesmen selesai, tidak ada gangguan."),
                    ItemClosure.referralCancelled(principal, "Diputuskan di rapat BK.")));

            CaseDetail d = f.s.cases().get(f.counselor, id);
            assertThat(d.status()).isEqualTo(CaseStatus.RESOLVED);
            assertThat(OpenItems.of(d).isEmpty()).isTrue();
            FollowUp done = d.followUps().stream().filter(x -> x.id() == fuDone).findFirst().orElseThrow();
            assertThat(done.done()).isTrue();
            assertThat(done.doneNote()).isEqualTo("Sudah dicek.");
            FollowUp cancelled = d.followUps().stream().filter(x -> x.id() == fuCancel).findFirst().orElseThrow();
            assertThat(cancelled.cancelled()).isTrue();
            assertThat(cancelled.done()).isFalse();
            assertThat(cancelled.open()).isFalse();
            assertThat(cancelled.doneNote()).isEqualTo("Tidak diperlukan lagi.");
            Referral p = d.referrals().stream().filter(r -> r.id() == principal).findFirst().orElseThrow();
            assertThat(p.cancelled()).isTrue();
            assertThat(p.outcome()).isEqualTo("Diputuskan di rapat BK.");
            assertThat(f.s.cases().awaitingAcknowledgement(f.principal)).as("withdrawn escalation").isEmpty();
            assertThatThrownBy(() -> f.s.cases().acknowledgeEscalation(f.principal, principal, "Baik."))
                    .isInstanceOf(WorkflowException.class);
            // 4 closures + the status change, then the two reads above (get and the principal's list)
            assertThat(f.s.db().<Long>read(sql -> sql.longValue("""
                    SELECT count(*) FROM audit_log WHERE id > ? AND case_id = ?
                       AND action IN ('FOLLOW_UP_DONE', 'REFERRAL_OUTCOME', 'CASE_STATUS')""", audits, id)))
                    .isEqualTo(5L);
        }
    }

    @Test
    void dismissingClosesOpenItemsToo() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_REVIEW);
            long fu = f.followUp(id, f.today().plusDays(3));
            f.s.cases().dismiss(f.counselor, id, "Laporan ganda.", List.of(
                    ItemClosure.followUpCancelled(fu, "kasus ditutup")));
            CaseDetail d = f.s.cases().get(f.counselor, id);
            assertThat(d.status()).isEqualTo(CaseStatus.DISMISSED);
            assertThat(d.followUps()).singleElement().satisfies(x -> assertThat(x.cancelled()).isTrue());
        }
    }

    @Test
    void aClosureMustNameAnOpenItemOfThisCaseAndCancellingNeedsAReason() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            long other = f.caseIn(CaseStatus.IN_PROGRESS);
            long fu = f.followUp(id, f.today().plusDays(3));
            long foreign = f.followUp(other, f.today().plusDays(3));
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, null, "Selesai.", List.of(
                    ItemClosure.followUpDone(fu, null), ItemClosure.followUpDone(foreign, null))))
                    .isInstanceOf(ValidationException.class);
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, null, "Selesai.", List.of(
                    ItemClosure.followUpCancelled(fu, "  "))))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).messageKey())
                            .isEqualTo("case.error.cancelReasonMissing"));
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, null, "Selesai.", List.of(
                    ItemClosure.followUpDone(fu, null), ItemClosure.followUpDone(fu, null))))
                    .isInstanceOf(ValidationException.class);
            assertThat(f.s.cases().get(f.counselor, other).followUps().get(0).open()).isTrue();
            assertThat(f.s.cases().get(f.counselor, id).status()).isEqualTo(CaseStatus.IN_PROGRESS);
        }
    }

    @Test
    void overdueCountsOnlyOpenFollowUpsOfOpenCasesOnEveryScreenAndInTheReport() {
        try (Fixture f = Fixture.create(dir)) {
            long open = f.caseIn(CaseStatus.IN_PROGRESS);
            long closing = f.caseIn(CaseStatus.IN_PROGRESS);
            f.followUp(open, f.today().plusDays(1));
            long fu = f.followUp(closing, f.today().plusDays(1));
            f.clock.advance(Duration.ofDays(3));
            f.s.cases().resolve(f.counselor, closing, null, "Selesai.",
                    List.of(ItemClosure.followUpCancelled(fu, "kasus ditutup")));

            Attention a = f.s.cases().attention(f.counselor);
            assertThat(a.overdue()).extracting(DueFollowUp::caseId).containsExactly(open);
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withOverdue()).rows())
                    .extracting(CaseSummary::id).containsExactly(open);
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all()).rows())
                    .filteredOn(c -> c.overdue(f.today())).extracting(CaseSummary::id).containsExactly(open);
            TermReport r = f.s.reports().report(f.principal, ReportPeriod.of(f.s.terms().current()));
            assertThat(r.followUps().overdue()).isEqualTo(a.overdue().size());
            assertThat(r.followUps().cancelled()).isEqualTo(1);
        }
    }

    /** The schema version just before {@code V006__close_out.sql}. */
    private static final int BEFORE_CLOSE_OUT = Migrations.FILES.indexOf("V006__close_out.sql");

    @Test
    void theMigrationCancelsFollowUpsLeftOpenOnClosedCases() throws Exception {
        Path file;
        long closedFu;
        long openFu;
        try (Fixture f = Fixture.create(dir)) {
            file = f.dbFile;
            long closed = f.caseIn(CaseStatus.IN_PROGRESS);
            long stillOpen = f.caseIn(CaseStatus.IN_PROGRESS);
            closedFu = f.followUp(closed, f.today().plusDays(1));
            openFu = f.followUp(stillOpen, f.today().plusDays(1));
            // A case closed before the rule: resolved with its follow-up left open, at the version before.
            f.s.db().tx(sql -> {
                sql.update("UPDATE cases SET status = 'RESOLVED', closed_at = updated_at WHERE id = ?", closed);
                sql.execute("ALTER TABLE follow_ups DROP COLUMN cancelled");
                sql.execute("ALTER TABLE referrals DROP COLUMN cancelled");
                // and without what later versions added
                sql.execute("DROP TABLE seal_reader_keys");
                sql.execute("DROP TABLE seal_keyring");
                sql.execute("PRAGMA user_version = " + BEFORE_CLOSE_OUT);
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(db.userVersion()).isEqualTo(BEFORE_CLOSE_OUT);
        }
        try (AppServices s = AppServices.open(file, Clock.fixed(Fixture.START, Fixture.ZONE))) {
            assertThat(s.db().userVersion()).isEqualTo(Migrations.latestVersion());
            Object[] row = s.db().read(sql -> sql.one(
                    "SELECT cancelled, done_note, done_at, done_by FROM follow_ups WHERE id = ?",
                    r -> new Object[] {r.lng("cancelled"), r.str("done_note"), r.str("done_at"), r.lngOrNull("done_by")},
                    closedFu)).orElseThrow();
            assertThat(row[0]).isEqualTo(1L);
            assertThat(row[1]).isEqualTo("kasus ditutup");
            assertThat(row[2]).isNotNull();
            assertThat(row[3]).isNotNull();
            assertThat(s.db().<Long>read(sql -> sql.longValue(
                    "SELECT count(*) FROM follow_ups WHERE id = ? AND done_at IS NULL AND cancelled = 0", openFu)))
                    .isEqualTo(1L);
        }
    }
}
