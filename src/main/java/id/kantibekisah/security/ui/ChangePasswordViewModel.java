package id.kantibekisah.security.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
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

/**
 * The password change a user cannot skip after an admin set their password (a new account or a reset): the
 * temporary password once more, then the new one twice. Leaving logs out. A cadre whose PIN is shorter than
 * today's minimum lands here too, with the old PIN as the current one.
 */
public final class ChangePasswordViewModel {
    private final Messages messages;
    private final TaskRunner tasks;
    private final UserService users;
    private final Actor actor;
    private final Runnable onChanged;
    private final Runnable onLogout;
    private final boolean shortPin;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty fresh = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public ChangePasswordViewModel(Messages messages, TaskRunner tasks, UserService users, Actor actor,
                                   boolean shortPin, Runnable onChanged, Runnable onLogout) {
        this.shortPin = shortPin;
        this.messages = messages;
        this.tasks = tasks;
        this.users = users;
        this.actor = actor;
        this.onChanged = onChanged;
        this.onLogout = onLogout;
    }

    public Actor actor() {
        return actor;
    }

    public boolean cadre() {
        return actor.role() == Role.CADRE;
    }

    /** The cadre's own PIN is shorter than today's minimum (rather than set by the admin). */
    public boolean shortPin() {
        return shortPin;
    }

    public void onSave() {
        if (busy.get()) {
            return;
        }
        if (current.get().isEmpty() || fresh.get().isEmpty()) {
            error.set(messages.get("password.change.error.missing"));
            return;
        }
        if (!fresh.get().equals(repeat.get())) {
            error.set(messages.get("password.change.error.repeat"));
            return;
        }
        String oldPass = current.get();
        String newPass = fresh.get();
        busy.set(true);
        tasks.run(null, p -> {
            users.changePassword(actor, oldPass, newPass);
            return null;
        }, ok -> {
            busy.set(false);
            clear();
            onChanged.run();
        }, e -> {
            busy.set(false);
            error.set(ErrorPresenter.message(messages, e));
            if (e instanceof ServiceException se && "login.error.locked".equals(se.messageKey())) {
                // Six wrong current passwords lock the account as at log-in: the session ends here.
                onLogout();
            }
        });
    }

    public void onLogout() {
        clear();
        tasks.run(null, p -> {
            users.logout(actor);
            return null;
        }, ok -> { }, e -> { });
        onLogout.run();
    }

    private void clear() {
        current.set("");
        fresh.set("");
        repeat.set("");
        error.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty freshProperty() {
        return fresh;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
