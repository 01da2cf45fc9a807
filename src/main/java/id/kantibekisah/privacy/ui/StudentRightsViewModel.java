package id.kantibekisah.privacy.ui;

import id.kantibekisah.privacy.Consent;
import id.kantibekisah.privacy.ConsentBasis;
import id.kantibekisah.privacy.ConsentDraft;
import id.kantibekisah.privacy.ConsentService;
import id.kantibekisah.privacy.SubjectExport;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Hak siswa: for one student (found by name, NISN or class, including students who have left), the recorded
 * consents and legal bases, a form to add one, withdrawal, and the subject-access export.
 */
public final class StudentRightsViewModel {
    public static final int SEARCH_LIMIT = 20;

    private final UiContext ctx;
    private final StudentService students;
    private final ConsentService consentService;
    private final SubjectExport subjectExport;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Student> results = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Student> student = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Consent> consents = FXCollections.observableArrayList();
    private final ObjectProperty<Consent> selectedConsent = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<ConsentBasis>> basis = new SimpleObjectProperty<>();
    private final ObservableList<Choice<ConsentBasis>> bases = FXCollections.observableArrayList();
    private final StringProperty givenBy = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> givenOn = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));
    private final InvalidationListener typing = obs -> pause.playFromStart();
    private long generation;

    public StudentRightsViewModel(UiContext ctx, StudentService students, ConsentService consentService,
                                  SubjectExport subjectExport) {
        this.ctx = ctx;
        this.students = students;
        this.consentService = consentService;
        this.subjectExport = subjectExport;
        for (ConsentBasis b : ConsentBasis.values()) {
            bases.add(new Choice<>(b, ctx.messages().label(b)));
        }
        basis.set(bases.get(0));
        givenOn.set(ctx.today());
        pause.setOnFinished(e -> searchNow());
    }

    public void activate() {
        search.addListener(typing);
    }

    public void deactivate() {
        search.removeListener(typing);
        pause.stop();
    }

    private void searchNow() {
        String text = search.get() == null ? "" : search.get().trim();
        long mine = ++generation;
        if (text.length() < 2) {
            results.clear();
            return;
        }
        ctx.tasks().run(null, p -> students.search(ctx.actor(), text, null, true, 0, SEARCH_LIMIT),
                found -> {
                    if (mine == generation) {
                        results.setAll(found);
                    }
                }, ctx.notifier()::error);
    }

    /** Opens a student: loads their consents (the view is audited by the service). */
    public void open(Student s) {
        student.set(s);
        consents.clear();
        formError.set("");
        if (s != null) {
            loadConsents();
        }
    }

    private void loadConsents() {
        Student s = student.get();
        ctx.tasks().run(null, p -> consentService.consents(ctx.actor(), s.id()), list -> {
            if (student.get() == s) {
                consents.setAll(list);
            }
        }, ctx.notifier()::error);
    }

    public void onRecord() {
        Student s = student.get();
        if (s == null) {
            return;
        }
        ConsentDraft draft = new ConsentDraft(basis.get() == null ? null : basis.get().value(), givenBy.get(),
                givenOn.get(), note.get());
        ctx.tasks().run(null, p -> consentService.record(ctx.actor(), s.id(), draft), id -> {
            formError.set("");
            givenBy.set("");
            note.set("");
            givenOn.set(ctx.today());
            ctx.notifier().info(ctx.text("rights.consent.recorded", s.name()));
            loadConsents();
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onWithdraw() {
        Consent c = selectedConsent.get();
        Student s = student.get();
        if (c == null || s == null || c.withdrawn()) {
            return;
        }
        ctx.tasks().run(null, p -> {
            consentService.withdraw(ctx.actor(), c.id(), ctx.today());
            return null;
        }, ok -> {
            ctx.notifier().info(ctx.text("rights.consent.withdrawn", s.name()));
            loadConsents();
        }, ctx.notifier()::error);
    }

    /** Writes the subject-access file; long work, off the FX thread with progress. */
    public void onExport(Path file) {
        onExport(file, null);
    }

    /** As {@link #onExport(Path)}, encrypted under {@code password} when one is given. */
    public void onExport(Path file, FilePassword password) {
        Student s = student.get();
        if (s == null || file == null || exporting.get()) {
            return;
        }
        exporting.set(true);
        ctx.tasks().run("rights.export.task", p -> subjectExport.export(ctx.actor(), s.id(), file,
                password, ctx.messages(), p), (SubjectExport.Result r) -> {
                    exporting.set(false);
                    ctx.notifier().info(ctx.text("rights.export.done", r.file(), r.cases()));
                }, e -> {
                    exporting.set(false);
                    ctx.notifier().error(e);
                });
    }

    /** A file name that says whose data it is and when, without spaces. */
    public String suggestedFileName() {
        Student s = student.get();
        String name = s == null ? "siswa" : s.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
        return ctx.text("rights.export.fileName", name, ctx.today().toString());
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObservableList<Student> results() {
        return results;
    }

    public ReadOnlyObjectProperty<Student> studentProperty() {
        return student.getReadOnlyProperty();
    }

    public ObservableList<Consent> consents() {
        return consents;
    }

    public ObjectProperty<Consent> selectedConsentProperty() {
        return selectedConsent;
    }

    public ObjectProperty<Choice<ConsentBasis>> basisProperty() {
        return basis;
    }

    public ObservableList<Choice<ConsentBasis>> bases() {
        return bases;
    }

    public StringProperty givenByProperty() {
        return givenBy;
    }

    public ObjectProperty<LocalDate> givenOnProperty() {
        return givenOn;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
