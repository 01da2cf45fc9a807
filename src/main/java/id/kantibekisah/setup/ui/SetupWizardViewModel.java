package id.kantibekisah.setup.ui;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.setup.FirstRunSetup;
import id.kantibekisah.setup.SetupService;
import id.kantibekisah.terms.Semester;
import id.kantibekisah.terms.Term;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.function.Consumer;

/**
 * The first-run wizard in three steps: the school, the current term, the first admin. Each step is checked before
 * the next one opens; the last one saves everything through {@link SetupService#complete} at once.
 */
public final class SetupWizardViewModel {
    public static final int STEPS = 3;

    private final Messages messages;
    private final TaskRunner tasks;
    private final SetupService setup;
    private final Consumer<String> onDone;
    private final StringProperty schoolName = new SimpleStringProperty("");
    private final StringProperty npsn = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty academicYear = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Semester>> semester = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Semester>> semesters = FXCollections.observableArrayList();
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public SetupWizardViewModel(Messages messages, TaskRunner tasks, SetupService setup, Consumer<String> onDone) {
        this.messages = messages;
        this.tasks = tasks;
        this.setup = setup;
        this.onDone = onDone;
        for (Semester s : Semester.values()) {
            semesters.add(new Choice<>(s, messages.label(s)));
        }
        Term.Key suggested = setup.suggestedTerm();
        academicYear.set(suggested.academicYear());
        semester.set(semesters.get(suggested.semester().ordinal()));
    }

    public void onNext() {
        if (busy.get()) {
            return;
        }
        String problem = problemOf(step.get());
        if (problem != null) {
            error.set(problem);
            return;
        }
        error.set("");
        if (step.get() < STEPS - 1) {
            step.set(step.get() + 1);
        } else {
            finish();
        }
    }

    public void onBack() {
        if (step.get() > 0 && !busy.get()) {
            error.set("");
            step.set(step.get() - 1);
        }
    }

    private void finish() {
        FirstRunSetup s = new FirstRunSetup(schoolName.get(), npsn.get(), address.get(), city.get(),
                academicYear.get(), semester.get() == null ? null : semester.get().value(), username.get(),
                displayName.get(), password.get());
        busy.set(true);
        tasks.run("setup.task", p -> setup.complete(s), admin -> {
            busy.set(false);
            password.set("");
            repeat.set("");
            onDone.accept(admin.username());
        }, e -> {
            busy.set(false);
            error.set(ErrorPresenter.message(messages, e));
            if (e instanceof ServiceException se) {
                step.set(stepOf(se.messageKey()));
            }
        });
    }

    /** What is wrong on a step, in the user's language, or null. The service checks everything again. */
    private String problemOf(int s) {
        try {
            switch (s) {
                case 0 -> {
                    if (schoolName.get().isBlank()) {
                        throw new ValidationException("school.error.nameMissing");
                    }
                    if (!npsn.get().trim().matches("\\d{8}")) {
                        throw new ValidationException("school.error.npsn");
                    }
                }
                case 1 -> {
                    if (semester.get() == null) {
                        throw new ValidationException("setup.error.semester");
                    }
                    if (Term.parseCode(academicYear.get().trim() + "-" + semester.get().value().number()) == null) {
                        throw new ValidationException("setup.error.academicYear");
                    }
                }
                default -> {
                    if (!username.get().trim().matches("[A-Za-z0-9._-]{3,32}")) {
                        throw new ValidationException("user.error.username");
                    }
                    if (displayName.get().isBlank()) {
                        throw new ValidationException("user.error.displayName");
                    }
                    PasswordPolicy.check(Role.ADMIN, password.get());
                    if (!password.get().equals(repeat.get())) {
                        throw new ValidationException("setup.error.repeat");
                    }
                }
            }
            return null;
        } catch (ValidationException e) {
            return messages.message(e);
        }
    }

    private static int stepOf(String key) {
        if (key.startsWith("school.")) {
            return 0;
        }
        return key.startsWith("setup.") ? 1 : 2;
    }

    /** The dates the chosen term will have (the usual calendar), for the hint under the fields. */
    public Term.Key chosenTerm() {
        return semester.get() == null ? null
                : Term.parseCode(academicYear.get().trim() + "-" + semester.get().value().number());
    }

    public StringProperty schoolNameProperty() {
        return schoolName;
    }

    public StringProperty npsnProperty() {
        return npsn;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty cityProperty() {
        return city;
    }

    public StringProperty academicYearProperty() {
        return academicYear;
    }

    public ObjectProperty<Choice<Semester>> semesterProperty() {
        return semester;
    }

    public ObservableList<Choice<Semester>> semesters() {
        return semesters;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
