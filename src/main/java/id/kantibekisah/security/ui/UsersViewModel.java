package id.kantibekisah.security.ui;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.security.UserAccount;
import id.kantibekisah.security.UserService;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
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

import java.util.List;

/**
 * The admin's users screen: the list of accounts and one side panel at a time to create an account, reset a
 * password or PIN, link a cadre to their student, or confirm a deactivation. Unlock and reactivate act at once.
 * Every action goes through {@link id.kantibekisah.security.UserService}, which checks and audits it.
 */
public final class UsersViewModel {
    /** What the side panel shows. */
    public enum Panel { NONE, CREATE, RESET, LINK, DEACTIVATE }

    private final UiContext ctx;
    private final UserService users;
    private final ObservableList<UserAccount> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserAccount> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(Panel.NONE);
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Role>> role = new SimpleObjectProperty<>();
    private final ObservableList<Choice<Role>> roles = FXCollections.observableArrayList();
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty studentSearch = new SimpleStringProperty("");
    private final ObservableList<StudentChoice> studentResults = FXCollections.observableArrayList();
    private final ObjectProperty<StudentChoice> student = new SimpleObjectProperty<>();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));
    private final InvalidationListener searchChanged = obs -> searchPause.playFromStart();
    private long searchGeneration;

    public UsersViewModel(UiContext ctx, UserService users) {
        this.ctx = ctx;
        this.users = users;
        for (Role r : Role.accountRoles()) {
            roles.add(new Choice<>(r, ctx.messages().label(r)));
        }
        searchPause.setOnFinished(e -> searchStudents());
    }

    public void activate() {
        studentSearch.addListener(searchChanged);
        reload(null);
    }

    public void deactivate() {
        studentSearch.removeListener(searchChanged);
        searchPause.stop();
    }

    /** Reloads the accounts; selects {@code selectId} afterwards (or keeps the selection). */
    public void reload(Long selectId) {
        Long keep = selectId != null ? selectId : selected.get() == null ? null : selected.get().id();
        ctx.tasks().run(null, p -> users.accounts(ctx.actor()), list -> {
            rows.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(a -> a.id() == keep).findFirst().orElse(null));
        }, ctx.notifier()::error);
    }

    // ---- panels ----

    public void onNew() {
        clearForm();
        role.set(roles.get(1));
        panel.set(Panel.CREATE);
    }

    public void onReset() {
        if (selected.get() != null) {
            clearForm();
            panel.set(Panel.RESET);
        }
    }

    public void onLink() {
        if (selected.get() != null && selected.get().user().role() == Role.CADRE) {
            clearForm();
            panel.set(Panel.LINK);
        }
    }

    public void onDeactivate() {
        if (selected.get() != null) {
            formError.set("");
            panel.set(Panel.DEACTIVATE);
        }
    }

    /** Another account was picked in the list: a panel about the previous one closes; a new-account form stays. */
    public void select(UserAccount account) {
        if (account == selected.get()) {
            return;
        }
        selected.set(account);
        if (panel.get() != Panel.CREATE) {
            onCancel();
        }
    }

    public void onCancel() {
        clearForm();
        panel.set(Panel.NONE);
    }

    private void clearForm() {
        formError.set("");
        username.set("");
        displayName.set("");
        password.set("");
        repeat.set("");
        studentSearch.set("");
        studentResults.clear();
        student.set(null);
        searchPause.stop();
    }

    // ---- actions ----

    public void onSaveNew() {
        Role r = role.get() == null ? null : role.get().value();
        String problem = passwordProblem(r);
        if (problem != null) {
            formError.set(problem);
            return;
        }
        NewUser user = new NewUser(username.get(), displayName.get(), r, password.get(),
                r == Role.CADRE && student.get() != null ? student.get().id() : null);
        ctx.tasks().run(null, p -> users.create(ctx.actor(), user), id -> {
            ctx.notifier().info(ctx.text("users.created", user.username().trim()));
            onCancel();
            reload(id);
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onSaveReset() {
        UserAccount target = selected.get();
        if (target == null) {
            return;
        }
        String problem = passwordProblem(target.user().role());
        if (problem != null) {
            formError.set(problem);
            return;
        }
        String pass = password.get();
        ctx.tasks().run(null, p -> {
            users.resetPassword(ctx.actor(), target.id(), pass);
            return null;
        }, ok -> {
            ctx.notifier().info(ctx.text("users.resetDone", target.user().displayName()));
            onCancel();
            reload(target.id());
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onSaveLink() {
        UserAccount target = selected.get();
        StudentChoice s = student.get();
        if (target == null) {
            return;
        }
        if (s == null) {
            formError.set(ctx.text("users.error.pickStudent"));
            return;
        }
        ctx.tasks().run(null, p -> {
            users.linkStudent(ctx.actor(), target.id(), s.id());
            return null;
        }, ok -> {
            ctx.notifier().info(ctx.text("users.linked", target.user().displayName(), s.name(), s.className()));
            onCancel();
            reload(target.id());
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onConfirmDeactivate() {
        UserAccount target = selected.get();
        if (target == null) {
            return;
        }
        ctx.tasks().run(null, p -> {
            users.deactivate(ctx.actor(), target.id());
            return null;
        }, ok -> {
            ctx.notifier().info(ctx.text("users.deactivated", target.user().displayName()));
            onCancel();
            reload(target.id());
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onReactivate() {
        act(target -> users.reactivate(ctx.actor(), target.id()), "users.reactivated");
    }

    public void onUnlock() {
        act(target -> users.unlock(ctx.actor(), target.id()), "users.unlocked");
    }

    private interface Action {
        void run(UserAccount target);
    }

    private void act(Action action, String doneKey) {
        UserAccount target = selected.get();
        if (target == null) {
            return;
        }
        ctx.tasks().run(null, p -> {
            action.run(target);
            return null;
        }, ok -> {
            ctx.notifier().info(ctx.text(doneKey, target.user().displayName()));
            reload(target.id());
        }, ctx.notifier()::error);
    }

    private String passwordProblem(Role r) {
        if (!password.get().equals(repeat.get())) {
            return ctx.text("password.change.error.repeat");
        }
        if (r == null) {
            return null; // the service says "choose a role"
        }
        try {
            PasswordPolicy.check(r, password.get());
            return null;
        } catch (ValidationException e) {
            return ctx.messages().message(e);
        }
    }

    /** A student chosen from the search results; the search and its results are cleared. */
    public void pickStudent(StudentChoice choice) {
        student.set(choice);
        searchPause.stop();
        searchGeneration++;
        studentSearch.removeListener(searchChanged);
        studentSearch.set("");
        studentSearch.addListener(searchChanged);
        studentResults.clear();
    }

    private void searchStudents() {
        String text = studentSearch.get();
        long mine = ++searchGeneration;
        ctx.tasks().run(null, p -> users.cadreCandidates(ctx.actor(), text), (List<StudentChoice> found) -> {
            if (mine == searchGeneration) {
                studentResults.setAll(found);
            }
        }, ctx.notifier()::error);
    }

    // ---- state for the view ----

    public BooleanBinding selectionIsCadre() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().user().role() == Role.CADRE, selected);
    }

    public BooleanBinding selectionLocked() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().locked(), selected);
    }

    public BooleanBinding selectionActive() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().user().active(),
                selected);
    }

    public BooleanBinding selectionInactive() {
        return Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().user().active(),
                selected);
    }

    public BooleanBinding selectionIsMe() {
        return Bindings.createBooleanBinding(() -> selected.get() != null
                && ctx.actor().userId() != null && selected.get().id() == ctx.actor().userId(), selected);
    }

    public ObservableList<UserAccount> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ObjectProperty<UserAccount> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<Panel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Choice<Role>> roleProperty() {
        return role;
    }

    public ObservableList<Choice<Role>> roles() {
        return roles;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty studentSearchProperty() {
        return studentSearch;
    }

    public ObservableList<StudentChoice> studentResults() {
        return studentResults;
    }

    public ObjectProperty<StudentChoice> studentProperty() {
        return student;
    }
}
