package id.kantibekisah.students.ui;

import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.StudentCase;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.List;

/**
 * State of the Siswa list: search, class filter, whether inactive students show, one page of students, the
 * student chosen, and that student's cases. Every filter change reloads the first page (typing waits for a pause);
 * the chosen student's cases load after a short pause too, so moving through the list with the arrow keys does
 * not read the cases of every student passed on the way.
 */
public final class StudentListViewModel {
    public static final int PAGE_SIZE = 100;

    private final UiContext ctx;
    private final StudentService students;
    private final CaseService caseService;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Choice<String>> className = new SimpleObjectProperty<>();
    private final BooleanProperty includeInactive = new SimpleBooleanProperty(false);
    private final ObservableList<Choice<String>> classChoices = FXCollections.observableArrayList();
    private final ObservableList<Student> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Student> selected = new ReadOnlyObjectWrapper<>();
    private final ObservableList<StudentCase> cases = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper casesLoaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long generation;
    private long casesGeneration;

    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));
    private final PauseTransition casesPause = new PauseTransition(Duration.millis(300));
    private final InvalidationListener filterChanged = obs -> reload(0);
    private final InvalidationListener searchChanged = obs -> searchPause.playFromStart();
    private final ChangeListener<Student> selectionChanged = (obs, old, now) -> selectionChanged(old, now);

    public StudentListViewModel(UiContext ctx, StudentService students, CaseService caseService) {
        this.ctx = ctx;
        this.students = students;
        this.caseService = caseService;
        classChoices.add(new Choice<>(null, ctx.text("filter.all")));
        className.set(classChoices.get(0));
        searchPause.setOnFinished(e -> reload(0));
        casesPause.setOnFinished(e -> loadCases());
    }

    /** Loads the class choices and the first page; starts listening. */
    public void activate() {
        className.addListener(filterChanged);
        includeInactive.addListener(filterChanged);
        search.addListener(searchChanged);
        selected.addListener(selectionChanged);
        loadClasses();
        reload(0);
    }

    public void deactivate() {
        className.removeListener(filterChanged);
        includeInactive.removeListener(filterChanged);
        search.removeListener(searchChanged);
        selected.removeListener(selectionChanged);
        searchPause.stop();
        casesPause.stop();
    }

    private void loadClasses() {
        ctx.tasks().run(null, p -> students.classes(ctx.actor()), (List<String> list) -> {
            Choice<String> current = className.get();
            List<Choice<String>> choices = new ArrayList<>();
            choices.add(classChoices.get(0));
            list.forEach(c -> choices.add(new Choice<>(c, c)));
            className.removeListener(filterChanged);
            classChoices.setAll(choices);
            className.set(choices.stream().filter(c -> c.equals(current)).findFirst().orElse(choices.get(0)));
            className.addListener(filterChanged);
        }, ctx.notifier()::error);
    }

    private record Page(List<Student> rows, long total) {
    }

    private record Detail(Student student, List<StudentCase> cases) {
    }

    /** Reloads the current page (after a save or an import). */
    public void reload() {
        loadClasses();
        reload(offset.get());
    }

    private void reload(int pageOffset) {
        long mine = ++generation;
        String text = search.get();
        String cls = className.get() == null ? null : className.get().value();
        boolean inactive = includeInactive.get();
        busy.set(true);
        ctx.tasks().run(null, p -> new Page(
                students.search(ctx.actor(), text, cls, inactive, pageOffset, PAGE_SIZE),
                students.count(ctx.actor(), text, cls, inactive)), (Page page) -> {
            if (mine != generation) {
                return; // an older answer arriving after a newer request
            }
            busy.set(false);
            rows.setAll(page.rows());
            total.set(page.total());
            offset.set(pageOffset);
            Student current = selected.get();
            if (current != null) {
                page.rows().stream().filter(s -> s.id() == current.id()).findFirst().ifPresent(selected::set);
            }
        }, e -> {
            busy.set(false);
            ctx.notifier().error(e);
        });
    }

    public void onNextPage() {
        if (offset.get() + PAGE_SIZE < total.get()) {
            reload(offset.get() + PAGE_SIZE);
        }
    }

    public void onPreviousPage() {
        if (offset.get() > 0) {
            reload(Math.max(0, offset.get() - PAGE_SIZE));
        }
    }

    public void onClearFilters() {
        className.removeListener(filterChanged);
        includeInactive.removeListener(filterChanged);
        search.removeListener(searchChanged);
        search.set("");
        className.set(classChoices.get(0));
        includeInactive.set(false);
        className.addListener(filterChanged);
        includeInactive.addListener(filterChanged);
        search.addListener(searchChanged);
        reload(0);
    }

    /** The table's selection; an empty selection (while the rows are replaced) keeps the chosen student. */
    public void onRowSelected(Student student) {
        if (student != null) {
            selected.set(student);
        }
    }

    /** Shows this student, e.g. one just saved. */
    public void select(Student student) {
        selected.set(student);
    }

    private void selectionChanged(Student old, Student now) {
        if (now != null && old != null && now.id() == old.id()) {
            return; // the same student, refreshed after a reload
        }
        cases.clear();
        casesLoaded.set(false);
        casesGeneration++;
        casesPause.stop();
        if (now != null) {
            casesPause.playFromStart();
        }
    }

    private void loadCases() {
        Student s = selected.get();
        if (s == null) {
            return;
        }
        long mine = ++casesGeneration;
        // The record is read again through the service, which audits the look; the row shown meanwhile came
        // with the page (audited as the roster list). Refreshed, so an edit made elsewhere shows too.
        ctx.tasks().run(null, p -> new Detail(students.get(ctx.actor(), s.id()),
                        caseService.casesOfStudent(ctx.actor(), s.id())),
                (Detail detail) -> {
                    if (mine == casesGeneration) {
                        selected.set(detail.student());
                        List<StudentCase> list = detail.cases();
                        cases.setAll(list);
                        casesLoaded.set(true);
                    }
                }, ctx.notifier()::error);
    }

    /** Marks the chosen student inactive, or active again. */
    public void onToggleActive() {
        Student s = selected.get();
        if (s == null) {
            return;
        }
        boolean activate = !s.active();
        ctx.tasks().run(null, p -> {
            students.setActive(ctx.actor(), s.id(), activate);
            return students.get(ctx.actor(), s.id());
        }, (Student updated) -> {
            selected.set(updated);
            ctx.notifier().info(ctx.text(activate ? "student.activated" : "student.deactivated", updated.name()));
            reload();
        }, ctx.notifier()::error);
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice<String>> classNameProperty() {
        return className;
    }

    public BooleanProperty includeInactiveProperty() {
        return includeInactive;
    }

    public ObservableList<Choice<String>> classChoices() {
        return classChoices;
    }

    public ObservableList<Student> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Student> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ObservableList<StudentCase> cases() {
        return FXCollections.unmodifiableObservableList(cases);
    }

    /** True once the chosen student's cases are loaded (so "no cases" can be said). */
    public ReadOnlyBooleanProperty casesLoadedProperty() {
        return casesLoaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
