package id.kantibekisah.cases;

import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an action checks (a follow-up not yet done, an escalation not yet answered) is checked in the transaction
 * that acts on it: two people pressing the same button at once give one change, one audit row and one refusal.
 */
class CheckThenActTest {
    private static final int CLICKS = 6;

    @TempDir
    Path dir;

    @Test
    void aFollowUpCompletedFromSeveralPlacesAtOnceIsDoneOnce() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            long caseId = f.caseIn(CaseStatus.IN_PROGRESS);
            long followUp = f.followUp(caseId, f.today().plusDays(3));
            List<Throwable> failures = race(f, () -> f.s.cases().completeFollowUp(f.counselor, followUp, "Sudah."));
            assertThat(failures).hasSize(CLICKS - 1).allSatisfy(e -> assertThat(e)
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("case.error.followUpDone"));
            assertThat(audits(f, "FOLLOW_UP_DONE")).isEqualTo(1);
        }
    }

    @Test
    void anEscalationAcknowledgedFromSeveralPlacesAtOnceIsAnsweredOnce() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            long caseId = f.caseIn(CaseStatus.ESCALATED);
            long referral = f.s.cases().get(f.counselor, caseId).referrals().get(0).id();
            List<Throwable> failures = race(f, () -> f.s.cases().acknowledgeEscalation(f.principal, referral,
                    "Sudah dibaca."));
            assertThat(failures).hasSize(CLICKS - 1).allSatisfy(e -> assertThat(e)
                    .isInstanceOf(WorkflowException.class).hasMessageContaining("case.error.alreadyAcknowledged"));
            assertThat(audits(f, "ESCALATION_ACKNOWLEDGE")).isEqualTo(1);
        }
    }

    @Test
    void anOutcomeForAReferralThatIsNotThereWritesNothing() {
        try (Fixture f = Fixture.create(dir)) {
            long before = f.auditCount();
            assertThatThrownBy(() -> f.s.cases().recordReferralOutcome(f.counselor, 999, "Datang.", f.today()))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("case.error.referralNotFound");
            assertThat(f.auditCount()).isEqualTo(before);
        }
    }

    /**
     * Runs {@code action} on {@link #CLICKS} threads released together: the test holds the database until every
     * thread waits on it, so all of them start before any has acted.
     */
    private static List<Throwable> race(Fixture f, Runnable action) throws InterruptedException {
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(CLICKS);
        List<Thread> threads = new ArrayList<>();
        f.s.db().tx(sql -> {
            for (int i = 0; i < CLICKS; i++) {
                Thread t = new Thread(() -> {
                    started.countDown();
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                });
                threads.add(t);
                t.start();
            }
            try {
                assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
                for (Thread t : threads) {
                    while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TERMINATED) {
                        Thread.sleep(5);
                    }
                }
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(30));
        }
        return List.copyOf(failures);
    }

    private static long audits(Fixture f, String action) {
        return f.s.db().<Long>read(sql -> sql.longValue(
                "SELECT count(*) FROM audit_log WHERE action = ? AND outcome = 'OK'", action));
    }
}
