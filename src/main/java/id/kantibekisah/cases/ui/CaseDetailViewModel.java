package id.kantibekisah.cases.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.ItemClosure;
import id.kantibekisah.cases.OpenItems;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.security.User;
import id.kantibekisah.security.UserService;
import id.kantibekisah.ui.BackgroundWork;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One case: its record as the service gives it to this user, which actions its status allows, and the actions
 * themselves. Buttons follow {@link #availableProperty()}; the service still decides, and a refusal comes back to
 * the dialog that asked. After every action the case is read again, so the screen shows the new state at once.
 */
public final class CaseDetailViewModel {
    /** Which of the case-wide actions the case's status and the user's rights allow now. */
    public record Available(boolean take, boolean startCounseling, boolean recordSession, boolean escalate,
                            boolean addFollowUp, boolean changeRisk, boolean addNote, boolean resolve,
                            boolean dismiss, boolean reopen) {
        static final Available NONE = new Available(false, false, false, false, false, false, false, false, false,
                false);

        /** From the case and who is looking at it. */
        public static Available of(CaseDetail d, Actor actor) {
            if (d == null || !actor.can(Permission.CASE_WORK)) {
                return NONE;
            }
            CaseStatus s = d.status();
            boolean open = s.isOpen();
            boolean mine = Objects.equals(d.counselorId(), actor.userId());
            return new Available(open && (!mine || s == CaseStatus.NEW),
                    open && s.canMoveTo(CaseStatus.IN_PROGRESS),
                    open && s != CaseStatus.NEW, open && s != CaseStatus.NEW, open, open, true,
                    s.canMoveTo(CaseStatus.RESOLVED), s.canMoveTo(CaseStatus.DISMISSED), !open);
        }
    }

    private final UiContext ctx;
    private final CaseService cases;
    private final UserService users;
    private final long caseId;
    private final ReadOnlyObjectWrapper<CaseDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Available> available = new ReadOnlyObjectWrapper<>(Available.NONE);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ObservableList<User> counselors = FXCollections.observableArrayList();
    private final ObservableList<User> counselorsView = FXCollections.unmodifiableObservableList(counselors);
    private long generation;

    public CaseDetailViewModel(UiContext ctx, CaseService cases, UserService users, long caseId) {
        this.ctx = ctx;
        this.cases = cases;
        this.users = users;
        this.caseId = caseId;
        detail.addListener((obs, old, d) -> available.set(Available.of(d, ctx.actor())));
    }

    /** Reads the case (again). */
    public void load() {
        long mine = ++generation;
        ctx.tasks().run(null, p -> cases.get(ctx.actor(), caseId), (CaseDetail d) -> {
            if (mine == generation) {
                loadError.set("");
                detail.set(d);
                revision.set(revision.get() + 1);
            }
        }, e -> {
            if (mine == generation) {
                loadError.set(ErrorPresenter.message(ctx.messages(), e));
                ctx.notifier().error(e);
            }
        });
        if (canWork() && counselors.isEmpty()) {
            ctx.tasks().run(null, p -> users.counselors(ctx.actor()), counselors::setAll,
                    e -> { });
        }
    }

    /** The user acts on cases (a counselor), rather than reading an escalated one (the principal). */
    public boolean canWork() {
        return ctx.actor().can(Permission.CASE_WORK);
    }

    public boolean canCompleteFollowUp(FollowUp f) {
        return canWork() && f.open();
    }

    public boolean canRecordOutcome(Referral r) {
        return canWork() && r.outcome() == null;
    }

    /** The principal answers an escalation to the principal once. */
    public boolean canAcknowledge(Referral r) {
        return ctx.actor().can(Permission.CASE_READ_ESCALATED) && r.destination() == ReferralDestination.PRINCIPAL
                && !r.acknowledged();
    }

    // ---- actions: each runs off the FX thread, then reads the case again ------------------------------------

    private void act(BackgroundWork<?> work, Runnable done, Consumer<Throwable> failed) {
        ctx.tasks().run(null, work, r -> {
            done.run();
            load();
        }, failed);
    }

    private CaseService cases() {
        return cases;
    }

    public void take(Runnable done, Consumer<Throwable> failed) {
        act(p -> {
            cases().take(ctx.actor(), caseId);
            return null;
        }, done, failed);
    }

    public FormDialog.Action startCounseling(String note) {
        return (done, failed) -> act(p -> {
            cases().startCounseling(ctx.actor(), caseId, note);
            return null;
        }, done, failed);
    }

    public FormDialog.Action changeRisk(RiskLevel risk, String reason) {
        return (done, failed) -> act(p -> {
            cases().changeRisk(ctx.actor(), caseId, risk, reason);
            return null;
        }, done, failed);
    }

    public FormDialog.Action recordSession(SessionDraft draft) {
        return (done, failed) -> act(p -> cases().recordSession(ctx.actor(), caseId, draft), done, failed);
    }

    public FormDialog.Action escalate(ReferralDraft draft) {
        return (done, failed) -> act(p -> cases().escalate(ctx.actor(), caseId, draft), done, failed);
    }

    public FormDialog.Action recordReferralOutcome(long referralId, String outcome, LocalDate on) {
        return (done, failed) -> act(p -> {
            cases().recordReferralOutcome(ctx.actor(), referralId, outcome, on);
            return null;
        }, done, failed);
    }

    public FormDialog.Action acknowledge(long referralId, String note) {
        return (done, failed) -> act(p -> {
            cases().acknowledgeEscalation(ctx.actor(), referralId, note);
            return null;
        }, done, failed);
    }

    public FormDialog.Action addFollowUp(FollowUpDraft draft) {
        return (done, failed) -> act(p -> cases().addFollowUp(ctx.actor(), caseId, draft), done, failed);
    }

    public FormDialog.Action completeFollowUp(long followUpId, String note) {
        return (done, failed) -> act(p -> {
            cases().completeFollowUp(ctx.actor(), followUpId, note);
            return null;
        }, done, failed);
    }

    public FormDialog.Action addNote(String text) {
        return (done, failed) -> act(p -> {
            cases().addNote(ctx.actor(), caseId, text);
            return null;
        }, done, failed);
    }

    /** What is still open on the case, which closing it closes too (from the case as last read). */
    public OpenItems openItems() {
        CaseDetail d = detail.get();
        return d == null ? new OpenItems(List.of(), List.of(), List.of()) : OpenItems.of(d);
    }

    public FormDialog.Action resolve(String recommendation, String summary, List<ItemClosure> closures) {
        return (done, failed) -> act(p -> {
            cases().resolve(ctx.actor(), caseId, recommendation, summary, closures);
            return null;
        }, done, failed);
    }

    public FormDialog.Action dismiss(String reason, List<ItemClosure> closures) {
        return (done, failed) -> act(p -> {
            cases().dismiss(ctx.actor(), caseId, reason, closures);
            return null;
        }, done, failed);
    }

    public FormDialog.Action reopen(String reason) {
        return (done, failed) -> act(p -> {
            cases().reopen(ctx.actor(), caseId, reason);
            return null;
        }, done, failed);
    }

    // ---- state ----------------------------------------------------------------------------------------------

    public long caseId() {
        return caseId;
    }

    public ReadOnlyObjectProperty<CaseDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /**
     * Counts the reads of the case. A read that finds nothing changed still counts: what the screen shows may
     * depend on today's date (a follow-up that became overdue overnight).
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Available> availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** Why the case could not be read (a refusal, a missing case), or empty. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    /** Active counselors, for assigning a follow-up. */
    public ObservableList<User> counselors() {
        return counselorsView;
    }

    /** Open follow-ups first by due date, for the follow-up card. */
    public List<FollowUp> openFollowUps() {
        CaseDetail d = detail.get();
        return d == null ? List.of() : d.followUps().stream().filter(FollowUp::open)
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id)).toList();
    }
}
