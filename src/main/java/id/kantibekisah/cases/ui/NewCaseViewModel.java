package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

import java.util.List;

/**
 * Kasus baru: a counselor opens a case directly (a teacher, a parent or the student came to the BK room). The same
 * form as a cadre's intake plus who reported it; the new case is the counselor's and opens at once.
 */
public final class NewCaseViewModel {
    private final UiContext ctx;
    private final CaseService cases;
    private final StudentService students;
    private final IntakeFormModel form;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);

    public NewCaseViewModel(UiContext ctx, CaseService cases, StudentService students) {
        this.ctx = ctx;
        this.cases = cases;
        this.students = students;
        this.form = new IntakeFormModel(ctx.messages(), ctx::today, true);
    }

    /** Students for the auto-completion; called off the FX thread. */
    public List<StudentChoice> suggest(String text) {
        return IntakeForm.suggestions(students, ctx.actor(), text);
    }

    /** Opens the case and shows it, or says what is missing; a failure keeps the form as it is. */
    public void onSave() {
        if (saving.get()) {
            return;
        }
        if (!form.valid()) {
            form.showAllProblems();
            return;
        }
        saving.set(true);
        CaseDraft draft = new CaseDraft(form.toDraft(), form.reporterKindProperty().get(),
                form.reporterNameProperty().get());
        ctx.tasks().run("task.openCase", p -> cases.openCase(ctx.actor(), draft), (Long id) -> {
            saving.set(false);
            form.clear();
            ctx.navigator().openCase(id);
            ctx.notifier().info(ctx.text("newCase.opened"));
        }, e -> {
            saving.set(false);
            ctx.notifier().error(e);
        });
    }

    public IntakeFormModel form() {
        return form;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
