package id.kantibekisah.cases;

import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ObjLongConsumer;
import java.util.stream.Stream;

import static id.kantibekisah.cases.CaseStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every workflow action in every status, through the service: allowed ones reach the expected status with exactly
 * one audit row; refused ones throw a {@link WorkflowException} with a message key and change nothing.
 */
class CaseWorkflowTest {
    /** An action on a case, done by the fixture's second counselor (so "take" is a real hand-over). */
    private record Action(String name, ObjLongConsumer<Fixture> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final Action TAKE = new Action("take", (f, id) -> f.s.cases().take(f.counselor2, id));
    private static final Action START = new Action("startCounseling",
            (f, id) -> f.s.cases().startCounseling(f.counselor2, id, "mulai"));
    private static final Action SESSION = new Action("recordSession", (f, id) -> f.s.cases().recordSession(
            f.counselor2, id, new SessionDraft(f.today(), SessionKind.GROUP, "Diskusi kelompok kecil.", null)));
    private static final Action ESCALATE = new Action("escalate", (f, id) -> f.s.cases().escalate(f.counselor2, id,
            new ReferralDraft(ReferralDestination.TPPK, f.today(), "Masuk ranah TPPK.")));
    private static final Action RESOLVE = new Action("resolve",
            (f, id) -> f.s.cases().resolve(f.counselor2, id, null, "Sudah selesai dan dipantau.",
                    openItems(f, id).awaitingPrincipal().stream()
                            .map(r -> ItemClosure.referralDone(r.id(), "Dibahas langsung.")).toList()));
    private static final Action DISMISS = new Action("dismiss",
            (f, id) -> f.s.cases().dismiss(f.counselor2, id, "Tidak sesuai laporan."));
    private static final Action REOPEN = new Action("reopen",
            (f, id) -> f.s.cases().reopen(f.counselor2, id, "Terulang lagi."));
    private static final Action RISK = new Action("changeRisk",
            (f, id) -> f.s.cases().changeRisk(f.counselor2, id, RiskLevel.URGENT, "Ada ancaman."));
    private static final Action FOLLOW_UP = new Action("addFollowUp", (f, id) -> f.s.cases().addFollowUp(
            f.counselor2, id, new FollowUpDraft(f.today().plusDays(3), f.counselor2.userId(), "Telepon orang tua")));
    private static final Action NOTE = new Action("addNote",
            (f, id) -> f.s.cases().addNote(f.counselor2, id, "Catatan tambahan."));

    /** For each action: the status each starting status leads to; a missing entry means refused. */
    private static final Map<Action, Map<CaseStatus, CaseStatus>> EXPECTED = Map.of(
            TAKE, Map.of(NEW, IN_REVIEW, IN_REVIEW, IN_REVIEW, IN_PROGRESS, IN_PROGRESS, ESCALATED, ESCALATED),
            START, Map.of(IN_REVIEW, IN_PROGRESS, ESCALATED, IN_PROGRESS),
            SESSION, Map.of(IN_REVIEW, IN_PROGRESS, IN_PROGRESS, IN_PROGRESS, ESCALATED, ESCALATED),
            ESCALATE, Map.of(IN_REVIEW, ESCALATED, IN_PROGRESS, ESCALATED, ESCALATED, ESCALATED),
            RESOLVE, Map.of(IN_PROGRESS, RESOLVED, ESCALATED, RESOLVED),
            DISMISS, Map.of(NEW, DISMISSED, IN_REVIEW, DISMISSED),
            REOPEN, Map.of(RESOLVED, IN_PROGRESS, DISMISSED, IN_PROGRESS),
            RISK, Map.of(NEW, NEW, IN_REVIEW, IN_REVIEW, IN_PROGRESS, IN_PROGRESS, ESCALATED, ESCALATED),
            FOLLOW_UP, Map.of(NEW, NEW, IN_REVIEW, IN_REVIEW, IN_PROGRESS, IN_PROGRESS, ESCALATED, ESCALATED),
            NOTE, Map.of(NEW, NEW, IN_REVIEW, IN_REVIEW, IN_PROGRESS, IN_PROGRESS, ESCALATED, ESCALATED,
                    RESOLVED, RESOLVED, DISMISSED, DISMISSED));

    /** What is open on the case, read without an audit row, so that the counts stay those of the action. */
    private static OpenItems openItems(Fixture f, long id) {
        return OpenItems.of(f.s.db().read(sql -> new CaseRepository().detail(sql, id)).orElseThrow());
    }

    static Stream<Arguments> everyActionInEveryStatus() {
        List<Arguments> out = new ArrayList<>();
        for (Action a : EXPECTED.keySet()) {
            for (CaseStatus s : CaseStatus.values()) {
                out.add(Arguments.of(a, s));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} on a {1} case")
    @MethodSource("everyActionInEveryStatus")
    void actionIsAllowedOrRefusedAsDesigned(Action action, CaseStatus start, @TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(start);
            long auditBefore = f.auditCount();
            long historyBefore = history(f, id);
            long closedWithIt = action == RESOLVE || action == DISMISS ? openItems(f, id).count() : 0;
            CaseStatus expected = EXPECTED.get(action).get(start);
            if (expected != null) {
                action.run().accept(f, id);
                assertThat(status(f, id)).isEqualTo(expected);
                assertThat(f.auditCount()).as("one audit row per action and per item closed with the case")
                        .isEqualTo(auditBefore + 1 + closedWithIt);
                assertThat(history(f, id)).isEqualTo(historyBefore + (expected == start ? 0 : 1));
            } else {
                assertThatThrownBy(() -> action.run().accept(f, id))
                        .isInstanceOf(WorkflowException.class)
                        .satisfies(e -> assertThat(((WorkflowException) e).messageKey()).startsWith("case.error."));
                assertThat(status(f, id)).isEqualTo(start);
                assertThat(f.auditCount()).isEqualTo(auditBefore);
                assertThat(history(f, id)).isEqualTo(historyBefore);
            }
        }
    }

    private static CaseStatus status(Fixture f, long id) {
        return f.s.db().read(sql -> sql.one("SELECT status FROM cases WHERE id = ?",
                r -> r.enumOf(CaseStatus.class, "status"), id)).orElseThrow();
    }

    private static long history(Fixture f, long id) {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM status_history WHERE case_id = ?", id));
    }
}
