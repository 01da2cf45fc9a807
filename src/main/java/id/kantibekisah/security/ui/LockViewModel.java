package id.kantibekisah.security.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.security.UserService;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Set;

/**
 * The lock screen: the same user unlocks with their password or PIN; anyone can end that user's session and log
 * in as someone else. Once the account is locked (too many wrong tries) or deactivated, only the latter is left.
 */
public final class LockViewModel {
    private static final Set<String> SESSION_OVER = Set.of("login.error.locked", "login.error.inactive");

    private final Messages messages;
    private final TaskRunner tasks;
    private final UserService users;
    private final Actor actor;
    private final Runnable onUnlocked;
    private final Runnable onSwitchUser;
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper sessionOver = new ReadOnlyBooleanWrapper(false);

    public LockViewModel(Messages messages, TaskRunner tasks, UserService users, Actor actor, Runnable onUnlocked,
                         Runnable onSwitchUser) {
        this.messages = messages;
        this.tasks = tasks;
        this.users = users;
        this.actor = actor;
        this.onUnlocked = onUnlocked;
        this.onSwitchUser = onSwitchUser;
    }

    public Actor actor() {
        return actor;
    }

    public void onUnlock() {
        if (busy.get() || sessionOver.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            error.set(messages.get("lock.error.missing"));
            return;
        }
        String pass = password.get();
        busy.set(true);
        tasks.run(null, p -> {
            users.unlockScreen(actor, pass);
            return null;
        }, ok -> {
            busy.set(false);
            password.set("");
            error.set("");
            onUnlocked.run();
        }, e -> {
            busy.set(false);
            password.set("");
            boolean wrong = e instanceof ServiceException se && "login.error.invalid".equals(se.messageKey());
            error.set(wrong ? messages.get("lock.error.invalid") : ErrorPresenter.message(messages, e));
            if (e instanceof ServiceException se && SESSION_OVER.contains(se.messageKey())) {
                sessionOver.set(true);
            }
        });
    }

    /** Ends the locked user's session (audited as their log-out) and shows the log-in. */
    public void onSwitchUser() {
        tasks.run(null, p -> {
            users.logout(actor);
            return null;
        }, ok -> { }, e -> { });
        password.set("");
        onSwitchUser.run();
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sessionOverProperty() {
        return sessionOver.getReadOnlyProperty();
    }
}
