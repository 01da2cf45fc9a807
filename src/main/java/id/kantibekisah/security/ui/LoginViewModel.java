package id.kantibekisah.security.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.privacy.PrivacySettingsService;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.security.UserService;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.Consumer;

/** State and commands of the log-in screen. */
public final class LoginViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final Consumer<LoggedIn> onLoggedIn;
    private UserService users;
    private PrivacySettingsService privacy;

    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper info = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper schoolName = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canLogin = new ReadOnlyBooleanWrapper();

    public LoginViewModel(Messages messages, TaskRunner tasks, Consumer<LoggedIn> onLoggedIn) {
        this.messages = messages;
        this.tasks = tasks;
        this.onLoggedIn = onLoggedIn;
        canLogin.bind(ready.and(busy.not()).and(username.isNotEmpty()).and(password.isNotEmpty()));
    }

    /** The database is open: log-in may start. */
    public void ready(UserService userService, PrivacySettingsService privacySettings, String school) {
        this.users = userService;
        this.privacy = privacySettings;
        schoolName.set(school == null ? "" : school);
        ready.set(true);
    }

    /** The database could not be opened; the message says why and what to do. */
    public void failed(Throwable e) {
        ready.set(false);
        error.set(ErrorPresenter.message(messages, e));
    }

    /** Fills in the username and says why (after the first-run set-up). */
    public void prefill(String user, String message) {
        username.set(user == null ? "" : user);
        info.set(message == null ? "" : message);
    }

    public void onLogin() {
        if (!ready.get() || busy.get()) {
            return;
        }
        if (username.get().isBlank() || password.get().isEmpty()) {
            error.set(messages.get("login.error.missing"));
            return;
        }
        busy.set(true);
        error.set("");
        info.set("");
        String user = username.get();
        String pass = password.get();
        tasks.run(null, p -> {
            Actor actor = users.login(user, pass);
            return new LoggedIn(actor, users.mustChangePassword(actor),
                    PasswordPolicy.isShortPin(actor.role(), pass),
                    privacy.current().lockAfter(actor.role()));
        }, loggedIn -> {
            busy.set(false);
            password.set("");
            onLoggedIn.accept(loggedIn);
        }, e -> {
            busy.set(false);
            password.set("");
            error.set(ErrorPresenter.message(messages, e));
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty infoProperty() {
        return info.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty schoolNameProperty() {
        return schoolName.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoginProperty() {
        return canLogin.getReadOnlyProperty();
    }
}
