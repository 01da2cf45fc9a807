package id.kantibekisah.cases.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.cases.ui.CaseDetailViewModel.Available;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting.RecordingWindow;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FormDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The case detail below the window: which actions each status offers, and how actions come back. */
class CaseDetailViewModelTest {
    @TempDir
    Path dir;

    private Fixture f;
    private RecordingWindow window;

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        window = new RecordingWindow(Messages.indonesian());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private CaseDetailViewModel open(Actor actor, long caseId) {
        CaseDetailViewModel vm = new CaseDetailViewModel(ScreenTesting.context(f, actor, window), f.s.cases(),
                f.s.users(), caseId);
        vm.load();
        return vm;
    }

    /** What the dialog sees of an action: done, or the message of its failure. */
    private static final class Outcome {
        boolean done;
        final List<String> failures = new ArrayList<>();

        void run(FormDialog.Action action) {
            action.run(() -> done = true, e -> failures.add(ErrorPresenter.message(Messages.indonesian(), e)));
        }
    }

    @Test
    void theButtonsFollowTheCaseStatus() {
        // take, start, session, escalate, follow-up, risk, note, resolve, dismiss, reopen
        assertThat(open(f.counselor, f.caseIn(CaseStatus.NEW)).availableProperty().get())
                .isEqualTo(new Available(true, false, false, false, true, true, true, false, true, false));
        assertThat(open(f.counselor, f.caseIn(CaseStatus.IN_REVIEW)).availableProperty().get())
                .isEqualTo(new Available(false, true, true, true, true, true, true, false, true, false));
        assertThat(open(f.counselor, f.caseIn(CaseStatus.IN_PROGRESS)).availableProperty().get())
                .isEqualTo(new Available(false, false, true, true, true, true, true, true, false, false));
        assertThat(open(f.counselor, f.caseIn(CaseStatus.ESCALATED)).availableProperty().get())
                .isEqualTo(new Available(false, true, true, true, true, true, true, true, false, false));
        assertThat(open(f.counselor, f.caseIn(CaseStatus.RESOLVED)).availableProperty().get())
                .isEqualTo(new Available(false, false, false, false, false, false, true, false, false, true));
        assertThat(open(f.counselor, f.caseIn(CaseStatus.DISMISSED)).availableProperty().get())
                .isEqualTo(new Available(false, false, false, false, false, false, true, false, false, true));
    }

    @Test
    void anotherCounselorsCaseCanBeTakenOver() {
        long id = f.caseIn(CaseStatus.IN_PROGRESS);
        CaseDetailViewModel vm = open(f.counselor2, id);
        assertThat(vm.availableProperty().get().take()).isTrue();
        boolean[] done = new boolean[1];
        vm.take(() -> done[0] = true, e -> { });
        assertThat(done[0]).isTrue();
        assertThat(vm.detailProperty().get().counselorName()).isEqualTo("Pak Dua");
        assertThat(vm.availableProperty().get().take()).isFalse();
    }

    @Test
    void anActionShowsItsResultAtOnce() {
        long id = f.newCase();
        CaseDetailViewModel vm = open(f.counselor, id);
        vm.take(() -> { }, e -> { });
        Outcome session = new Outcome();
        session.run(vm.recordSession(new SessionDraft(f.today(), SessionKind.INDIVIDUAL, "Siswa bercerita.", null)));
        assertThat(session.done).isTrue();
        CaseDetail d = vm.detailProperty().get();
        assertThat(d.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(d.sessions()).hasSize(1);
        assertThat(vm.availableProperty().get().resolve()).isTrue();
    }

    @Test
    void aRefusedActionReportsTheServicesMessageAndChangesNothing() {
        long id = f.caseIn(CaseStatus.IN_PROGRESS);
        CaseDetailViewModel vm = open(f.counselor, id);
        Outcome sameRisk = new Outcome();
        sameRisk.run(vm.changeRisk(RiskLevel.MEDIUM, "tetap"));
        assertThat(sameRisk.done).isFalse();
        assertThat(sameRisk.failures).containsExactly("Tingkat risiko itu sudah berlaku.");
        Outcome future = new Outcome();
        future.run(vm.recordSession(new SessionDraft(f.today().plusDays(1), SessionKind.GROUP, "Besok.", null)));
        assertThat(future.failures).containsExactly("Tanggal tidak boleh setelah hari ini.");
        assertThat(f.s.cases().get(f.counselor, id).sessions()).hasSize(1);
    }

    @Test
    void followUpsAndReferralsOfferTheirOwnActions() {
        long id = f.caseIn(CaseStatus.IN_PROGRESS);
        CaseDetailViewModel vm = open(f.counselor, id);
        assertThat(vm.counselors()).extracting(u -> u.displayName()).containsExactlyInAnyOrder("Bu Satu", "Pak Dua");
        new Outcome().run(vm.addFollowUp(new FollowUpDraft(f.today().plusDays(3), f.counselor2.userId(), "Telepon")));
        new Outcome().run(vm.addFollowUp(new FollowUpDraft(f.today().plusDays(1), f.counselor.userId(), "Cek kelas")));
        assertThat(vm.openFollowUps()).extracting(fu -> fu.description()).containsExactly("Cek kelas", "Telepon");
        Outcome done = new Outcome();
        done.run(vm.completeFollowUp(vm.openFollowUps().get(0).id(), null));
        assertThat(vm.openFollowUps()).extracting(fu -> fu.description()).containsExactly("Telepon");

        new Outcome().run(vm.escalate(new ReferralDraft(ReferralDestination.PSYCHOLOGIST, f.today(), "Perlu psikolog.")));
        Referral r = vm.detailProperty().get().referrals().get(0);
        assertThat(vm.canRecordOutcome(r)).isTrue();
        assertThat(vm.canAcknowledge(r)).isFalse();
        new Outcome().run(vm.recordReferralOutcome(r.id(), "Sudah dua kali konseling.", f.today()));
        assertThat(vm.canRecordOutcome(vm.detailProperty().get().referrals().get(0))).isFalse();
    }

    @Test
    void thePrincipalReadsWithoutCaseActionsAndAcknowledgesOnce() {
        long id = f.caseIn(CaseStatus.ESCALATED);
        CaseDetailViewModel vm = open(f.principal, id);
        assertThat(vm.canWork()).isFalse();
        assertThat(vm.availableProperty().get()).isEqualTo(Available.NONE);
        assertThat(vm.detailProperty().get().intake().reporterName()).isNull();
        Referral r = vm.detailProperty().get().referrals().get(0);
        assertThat(vm.canRecordOutcome(r)).isFalse();
        assertThat(vm.canAcknowledge(r)).isTrue();
        Outcome ack = new Outcome();
        ack.run(vm.acknowledge(r.id(), "Sudah saya baca; panggil orang tua."));
        assertThat(ack.done).isTrue();
        Referral after = vm.detailProperty().get().referrals().get(0);
        assertThat(after.acknowledgedByName()).isEqualTo("Pak Kepala");
        assertThat(vm.canAcknowledge(after)).isFalse();
    }

    @Test
    void aCaseTheUserMayNotReadSaysSoInsteadOfShowingIt() {
        long id = f.caseIn(CaseStatus.IN_PROGRESS);
        CaseDetailViewModel vm = open(f.principal, id);
        assertThat(vm.detailProperty().get()).isNull();
        assertThat(vm.loadErrorProperty().get()).isEqualTo("Anda tidak berhak melakukan tindakan ini. Percobaan ini dicatat.");
        assertThat(window.errors).hasSize(1);
    }
}
