package id.kantibekisah.ppksp.ui;

import id.kantibekisah.access.Permission;
import id.kantibekisah.ppksp.ConclusionDraft;
import id.kantibekisah.ppksp.DecisionDraft;
import id.kantibekisah.ppksp.MeasureDraft;
import id.kantibekisah.ppksp.MeasureUpdate;
import id.kantibekisah.ppksp.OtherPartyDraft;
import id.kantibekisah.ppksp.PpkspCase;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.ReceiptDraft;
import id.kantibekisah.ppksp.StepDraft;
import id.kantibekisah.ppksp.SummonsDraft;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.ui.BackgroundWork;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The PPKSP part of one case as the service gives it to this user, and its actions. Each action runs off the FX
 * thread, then the case's PPKSP data is read again; a refusal goes back to the dialog that asked.
 */
public final class PpkspPanelModel {
    private final UiContext ctx;
    private final PpkspService ppksp;
    private final long caseId;
    private final ReadOnlyObjectWrapper<PpkspCase> data = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    /** Called after an action succeeded, so the case screen around the panel reads the case again too. */
    private final Runnable changed;
    private long generation;

    public PpkspPanelModel(UiContext ctx, PpkspService ppksp, long caseId, Runnable changed) {
        this.ctx = ctx;
        this.ppksp = ppksp;
        this.caseId = caseId;
        this.changed = changed;
    }

    public void load() {
        long mine = ++generation;
        ctx.tasks().run(null, p -> ppksp.get(ctx.actor(), caseId), (PpkspCase c) -> {
            if (mine == generation) {
                loadError.set("");
                data.set(c);
            }
        }, e -> {
            if (mine == generation) {
                loadError.set(ErrorPresenter.message(ctx.messages(), e));
            }
        });
    }

    public boolean canWork() {
        return ctx.actor().can(Permission.CASE_WORK);
    }

    /** The principal records the decision of a case escalated to them (the service checks the escalation). */
    public boolean canDecide() {
        return canWork() || ctx.actor().can(Permission.CASE_READ_ESCALATED);
    }

    public LocalDate today() {
        return ctx.today();
    }

    public ReadOnlyObjectProperty<PpkspCase> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }

    private FormDialog.Action act(BackgroundWork<?> work) {
        return (done, failed) -> ctx.tasks().run(null, work, r -> {
            done.run();
            load();
            changed.run();
        }, failed);
    }

    public FormDialog.Action setForms(Set<ViolenceForm> forms) {
        return act(p -> {
            ppksp.setForms(ctx.actor(), caseId, forms);
            return null;
        });
    }

    public FormDialog.Action addOtherParty(OtherPartyDraft d) {
        return act(p -> ppksp.addOtherParty(ctx.actor(), caseId, d));
    }

    public FormDialog.Action openMatter(ReceiptDraft d) {
        return act(p -> {
            ppksp.openMatter(ctx.actor(), caseId, d);
            return null;
        });
    }

    public FormDialog.Action recordExamination(StepDraft d) {
        return act(p -> {
            ppksp.recordExamination(ctx.actor(), caseId, d);
            return null;
        });
    }

    public FormDialog.Action recordConclusion(ConclusionDraft d) {
        return act(p -> {
            ppksp.recordConclusion(ctx.actor(), caseId, d);
            return null;
        });
    }

    public FormDialog.Action recordDecision(DecisionDraft d) {
        return act(p -> {
            ppksp.recordDecision(ctx.actor(), caseId, d);
            return null;
        });
    }

    public FormDialog.Action recordRecovery(StepDraft d) {
        return act(p -> {
            ppksp.recordRecovery(ctx.actor(), caseId, d);
            return null;
        });
    }

    public FormDialog.Action addSummons(SummonsDraft d) {
        return act(p -> ppksp.addSummons(ctx.actor(), caseId, d));
    }

    /** Records attendance; {@code proceedWithout} hears whether this was the third unattended summons. */
    public FormDialog.Action recordAttendance(long summonsId, boolean attended, String note,
                                              Consumer<Boolean> proceedWithout) {
        return (done, failed) -> ctx.tasks().run(null,
                p -> ppksp.recordAttendance(ctx.actor(), summonsId, attended, note), third -> {
                    done.run();
                    proceedWithout.accept(third);
                    load();
                    changed.run();
                }, failed);
    }

    public FormDialog.Action addMeasure(MeasureDraft d) {
        return act(p -> ppksp.addMeasure(ctx.actor(), caseId, d));
    }

    public FormDialog.Action updateMeasure(long measureId, MeasureUpdate u) {
        return act(p -> {
            ppksp.updateMeasure(ctx.actor(), measureId, u);
            return null;
        });
    }
}
