package id.kantibekisah.audit.ui;

import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.audit.AuditPage;
import id.kantibekisah.audit.AuditQuery;
import id.kantibekisah.audit.AuditRow;
import id.kantibekisah.audit.AuditService;
import id.kantibekisah.audit.DatabaseCheck;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * State of the audit screen: the filters, one page of rows and the number of matching rows. Any change of a filter
 * loads the first page again (typing waits for a pause). For the admin there is no student filter and the service
 * leaves students out; the check button is the admin's.
 */
public final class AuditViewModel {
    public static final int PAGE_SIZE = 100;

    private final UiContext ctx;
    private final AuditService auditService;
    private final StudentService students;
    private final boolean seesStudents;
    private final boolean canVerify;
    private final ObjectProperty<Choice<Long>> user = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AuditAction>> action = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<AuditOutcome>> outcome = new SimpleObjectProperty<>();
    private final StringProperty caseCode = new SimpleStringProperty("");
    private final ObjectProperty<StudentChoice> student = new SimpleObjectProperty<>();
    private final StringProperty studentSearch = new SimpleStringProperty("");
    private final ObservableList<StudentChoice> studentResults = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Long>> users = FXCollections.observableArrayList();
    private final ObservableList<Choice<AuditAction>> actions = FXCollections.observableArrayList();
    private final ObservableList<Choice<AuditOutcome>> outcomes = FXCollections.observableArrayList();
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper verifying = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper verifyResult = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper verifyOk = new ReadOnlyBooleanWrapper(true);
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(300));
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));
    private final InvalidationListener filterChanged = this::filterChanged;
    private final InvalidationListener typing = obs -> typingPause.playFromStart();
    private final InvalidationListener studentTyping = obs -> searchPause.playFromStart();
    private long generation;
    private long searchGeneration;
    private boolean clearing;

    public AuditViewModel(UiContext ctx, AuditService auditService, StudentService students) {
        this.ctx = ctx;
        this.auditService = auditService;
        this.students = students;
        this.seesStudents = ctx.actor().can(Permission.STUDENT_READ);
        this.canVerify = ctx.actor().can(Permission.BACKUP_MANAGE);
        users.add(new Choice<>(null, ctx.text("filter.all")));
        actions.add(new Choice<>(null, ctx.text("filter.all")));
        List<AuditAction> sorted = new ArrayList<>(List.of(AuditAction.values()));
        sorted.sort(Comparator.comparing(a -> ctx.messages().label(a)));
        sorted.forEach(a -> actions.add(new Choice<>(a, ctx.messages().label(a))));
        outcomes.add(new Choice<>(null, ctx.text("filter.all")));
        for (AuditOutcome o : AuditOutcome.values()) {
            outcomes.add(new Choice<>(o, ctx.messages().label(o)));
        }
        user.set(users.get(0));
        action.set(actions.get(0));
        outcome.set(outcomes.get(0));
        typingPause.setOnFinished(e -> reload(0));
        searchPause.setOnFinished(e -> searchStudents());
    }

    public void activate() {
        List.<Observable>of(user, action, outcome, student, from, to).forEach(f -> f.addListener(filterChanged));
        caseCode.addListener(typing);
        studentSearch.addListener(studentTyping);
        ctx.tasks().run(null, p -> auditService.users(ctx.actor()), this::setUsers,
                ctx.notifier()::error);
        reload(0);
    }

    public void deactivate() {
        List.<Observable>of(user, action, outcome, student, from, to).forEach(f -> f.removeListener(filterChanged));
        caseCode.removeListener(typing);
        studentSearch.removeListener(studentTyping);
        typingPause.stop();
        searchPause.stop();
    }

    private void setUsers(List<AuditService.UserRef> list) {
        Choice<Long> keep = user.get();
        List<Choice<Long>> out = new ArrayList<>();
        out.add(users.get(0));
        list.forEach(u -> out.add(new Choice<>(u.id(), ctx.text("audit.userChoice", u.displayName(), u.username(),
                ctx.messages().label(u.role())))));
        clearing = true;
        users.setAll(out);
        user.set(out.stream().filter(c -> c.equals(keep)).findFirst().orElse(out.get(0)));
        clearing = false;
    }

    private void filterChanged(Observable obs) {
        if (!clearing) {
            reload(0);
        }
    }

    public void onClear() {
        clearing = true;
        user.set(users.get(0));
        action.set(actions.get(0));
        outcome.set(outcomes.get(0));
        caseCode.set("");
        student.set(null);
        studentSearch.set("");
        studentResults.clear();
        from.set(null);
        to.set(null);
        typingPause.stop();
        searchPause.stop();
        clearing = false;
        reload(0);
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

    public void reload() {
        reload(offset.get());
    }

    AuditQuery query(int pageOffset) {
        StudentChoice s = student.get();
        return new AuditQuery(value(user), value(action), value(outcome), caseCode.get(),
                s == null ? null : s.id(), s != null, from.get(), to.get(), pageOffset, PAGE_SIZE);
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    private void reload(int pageOffset) {
        long mine = ++generation;
        AuditQuery q = query(pageOffset);
        ctx.tasks().run(null, p -> auditService.search(ctx.actor(), q), (AuditPage page) -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(page.rows());
            total.set(page.total());
            offset.set(pageOffset);
        }, ctx.notifier()::error);
    }

    /** A student picked from the search results becomes the filter ("this child and their cases"). */
    public void pickStudent(StudentChoice choice) {
        student.set(choice);
        clearing = true;
        studentSearch.set("");
        clearing = false;
        studentResults.clear();
        searchPause.stop();
    }

    private void searchStudents() {
        if (!seesStudents || clearing) {
            return;
        }
        String text = studentSearch.get();
        long mine = ++searchGeneration;
        ctx.tasks().run(null, p -> students.pick(ctx.actor(), text), found -> {
            if (mine == searchGeneration) {
                studentResults.setAll(found);
            }
        }, ctx.notifier()::error);
    }

    /** The admin's check of the whole database; the result stays on screen. */
    public void onVerify() {
        if (!canVerify || verifying.get()) {
            return;
        }
        verifying.set(true);
        verifyResult.set("");
        ctx.tasks().run("audit.verify.task", p -> auditService.verify(ctx.actor()),
                (DatabaseCheck.Report report) -> {
                    verifying.set(false);
                    verifyOk.set(report.ok());
                    verifyResult.set(describe(report));
                    reload(0);
                }, e -> {
                    verifying.set(false);
                    ctx.notifier().error(e);
                });
    }

    private String describe(DatabaseCheck.Report r) {
        if (r.ok()) {
            return ctx.text("audit.verify.ok");
        }
        return ctx.text("audit.verify.failed", String.join(" ", r.lines(ctx.messages())));
    }

    public boolean seesStudents() {
        return seesStudents;
    }

    public boolean canVerify() {
        return canVerify;
    }

    public ObjectProperty<Choice<Long>> userProperty() {
        return user;
    }

    public ObjectProperty<Choice<AuditAction>> actionProperty() {
        return action;
    }

    public ObjectProperty<Choice<AuditOutcome>> outcomeProperty() {
        return outcome;
    }

    public StringProperty caseCodeProperty() {
        return caseCode;
    }

    public ObjectProperty<StudentChoice> studentProperty() {
        return student;
    }

    public StringProperty studentSearchProperty() {
        return studentSearch;
    }

    public ObservableList<StudentChoice> studentResults() {
        return studentResults;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<Choice<Long>> users() {
        return users;
    }

    public ObservableList<Choice<AuditAction>> actions() {
        return actions;
    }

    public ObservableList<Choice<AuditOutcome>> outcomes() {
        return outcomes;
    }

    public ObservableList<AuditRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyingProperty() {
        return verifying.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verifyResultProperty() {
        return verifyResult.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty verifyOkProperty() {
        return verifyOk.getReadOnlyProperty();
    }
}
