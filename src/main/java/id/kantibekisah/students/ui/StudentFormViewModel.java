package id.kantibekisah.students.ui;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.students.StudentRules;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Adding or editing one student. The form checks the same rules as the service ({@link StudentRules}) and shows
 * each problem next to its field; a refused save (an NISN already taken) keeps everything that was typed.
 */
public final class StudentFormViewModel {
    /** The form's fields, each with its own error text. */
    public enum Field {
        NISN, NIS, NAME, GENDER, CLASS, BIRTH_DATE, GUARDIAN_NAME, GUARDIAN_PHONE
    }

    private final UiContext ctx;
    private final StudentService students;
    private final Consumer<Student> onSaved;
    private final StringProperty nisn = new SimpleStringProperty("");
    private final StringProperty nis = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Gender> gender = new SimpleObjectProperty<>();
    private final StringProperty className = new SimpleStringProperty("");
    private final StringProperty birthDate = new SimpleStringProperty("");
    private final StringProperty guardianName = new SimpleStringProperty("");
    private final StringProperty guardianPhone = new SimpleStringProperty("");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper isNew = new ReadOnlyBooleanWrapper(false);
    private Long studentId;

    /** @param onSaved called on the FX thread with the saved student */
    public StudentFormViewModel(UiContext ctx, StudentService students, Consumer<Student> onSaved) {
        this.ctx = ctx;
        this.students = students;
        this.onSaved = onSaved;
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(""));
        }
    }

    public void startNew() {
        studentId = null;
        fill(new StudentDraft("", "", "", null, "", null, "", ""));
        isNew.set(true);
        editing.set(true);
    }

    public void startEdit(Student s) {
        studentId = s.id();
        fill(s.toDraft());
        isNew.set(false);
        editing.set(true);
    }

    private void fill(StudentDraft d) {
        nisn.set(orEmpty(d.nisn()));
        nis.set(orEmpty(d.nis()));
        name.set(orEmpty(d.name()));
        gender.set(d.gender());
        className.set(orEmpty(d.className()));
        birthDate.set(d.birthDate() == null ? "" : Dates.formatShort(d.birthDate()));
        guardianName.set(orEmpty(d.guardianName()));
        guardianPhone.set(orEmpty(d.guardianPhone()));
        clearErrors();
    }

    public void onCancel() {
        editing.set(false);
        clearErrors();
    }

    /** Checks the form; saves when it is right, otherwise shows each problem at its field. */
    public void onSave() {
        if (saving.get()) {
            return;
        }
        clearErrors();
        Optional<LocalDate> birth = Dates.parseInput(birthDate.get());
        boolean badDate = !birthDate.get().isBlank() && birth.isEmpty();
        StudentDraft draft = new StudentDraft(nisn.get(), nis.get(), name.get(), gender.get(), className.get(),
                birth.orElse(null), guardianName.get(), guardianPhone.get()).normalised();
        List<StudentRules.Problem> problems = StudentRules.check(draft, ctx.today());
        for (StudentRules.Problem p : problems) {
            error(field(p.field())).set(ctx.text(p.messageKey()));
        }
        if (badDate) {
            error(Field.BIRTH_DATE).set(ctx.text("student.form.dateFormat"));
        }
        if (!problems.isEmpty() || badDate) {
            formError.set(ctx.text("student.form.fix"));
            return;
        }
        Long id = studentId;
        saving.set(true);
        ctx.tasks().run(null, p -> {
            long saved = id == null ? students.create(ctx.actor(), draft) : id;
            if (id != null) {
                students.update(ctx.actor(), id, draft);
            }
            return students.get(ctx.actor(), saved);
        }, (Student s) -> {
            saving.set(false);
            editing.set(false);
            ctx.notifier().info(ctx.text(id == null ? "student.added" : "student.saved", s.name()));
            onSaved.accept(s);
        }, e -> {
            saving.set(false);
            if (e instanceof ValidationException v && v.messageKey().equals("student.error.nisnTaken")) {
                error(Field.NISN).set(ErrorPresenter.message(ctx.messages(), e));
                formError.set(ctx.text("student.form.fix"));
            } else {
                formError.set(ErrorPresenter.message(ctx.messages(), e));
            }
        });
    }

    private static Field field(String name) {
        return switch (name) {
            case "nisn" -> Field.NISN;
            case "name" -> Field.NAME;
            case "gender" -> Field.GENDER;
            case "className" -> Field.CLASS;
            case "birthDate" -> Field.BIRTH_DATE;
            case "guardianPhone" -> Field.GUARDIAN_PHONE;
            case "guardianName" -> Field.GUARDIAN_NAME;
            default -> Field.NIS;
        };
    }

    private void clearErrors() {
        errors.values().forEach(e -> e.set(""));
        formError.set("");
    }

    private ReadOnlyStringWrapper error(Field f) {
        return errors.get(f);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty nisnProperty() {
        return nisn;
    }

    public StringProperty nisProperty() {
        return nis;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Gender> genderProperty() {
        return gender;
    }

    public StringProperty classNameProperty() {
        return className;
    }

    public StringProperty birthDateProperty() {
        return birthDate;
    }

    public StringProperty guardianNameProperty() {
        return guardianName;
    }

    public StringProperty guardianPhoneProperty() {
        return guardianPhone;
    }

    public ReadOnlyStringProperty errorProperty(Field field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty isNewProperty() {
        return isNew.getReadOnlyProperty();
    }
}
