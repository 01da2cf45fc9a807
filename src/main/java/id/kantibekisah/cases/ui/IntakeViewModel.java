package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;

/**
 * Catat Laporan, the cadre's screen: fill in, save, get the case code, start again. A failed save (a refusal, a
 * full disk) keeps everything typed; after a successful one the form is empty and the cadre never sees the case.
 */
public final class IntakeViewModel {
    private final UiContext ctx;
    private final CaseService cases;
    private final StudentService students;
    private final IntakeFormModel form;
    private final ReadOnlyStringWrapper savedCode = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public IntakeViewModel(UiContext ctx, CaseService cases, StudentService students) {
        this.ctx = ctx;
        this.cases = cases;
        this.students = students;
        this.form = new IntakeFormModel(ctx.messages(), ctx::today, false);
        form.dirtyProperty().addListener((obs, old, dirty) -> {
            if (dirty) {
                savedCode.set("");
            }
        });
    }

    /** Students for the auto-completion (name and class only); called off the FX thread. */
    public List<StudentChoice> suggest(String text) {
        return IntakeForm.suggestions(students, ctx.actor(), text);
    }

    /** Saves the intake, or says what is still missing. */
    public void onSave() {
        if (saving.get()) {
            return;
        }
        if (!form.valid()) {
            form.showAllProblems();
            return;
        }
        saving.set(true);
        IntakeDraft draft = form.toDraft();
        ctx.tasks().run("task.saveIntake", p -> cases.submitIntake(ctx.actor(), draft),
                (IntakeReceipt receipt) -> {
                    saving.set(false);
                    form.clear();
                    // The screen's own confirmation shows the code; the message bar would only repeat it.
                    savedCode.set(receipt.code());
                    ctx.notifier().clear();
                }, e -> {
                    saving.set(false);
                    ctx.notifier().error(e);
                });
    }

    /** Throws away what was typed (the view asks first). */
    public void onCancel() {
        form.clear();
    }

    public IntakeFormModel form() {
        return form;
    }

    /** The code of the intake saved last, for the confirmation; empty before the first save. */
    public ReadOnlyStringProperty savedCodeProperty() {
        return savedCode.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
