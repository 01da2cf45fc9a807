package id.kantibekisah.security.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.security.AutoLock;
import id.kantibekisah.security.UserService;
import id.kantibekisah.ui.TaskRunner;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;

/**
 * Auto-lock for one logged-in session. Any key, mouse or touch input in the window counts as presence; every
 * {@value #CHECK_SECONDS} seconds the idle time is checked against the {@link AutoLock} (on the injected clock), and
 * when it is up the main window is hidden and covered by the {@link LockScreenView}. Other windows of the program
 * (dialogs, pop-ups) are closed, so nothing of a case stays visible and the lock screen can take input.
 * {@code Ctrl+L} locks at once.
 */
public final class SessionGuard {
    public static final int CHECK_SECONDS = 10;
    static final KeyCombination LOCK_NOW = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final StackPane root;
    private final Node content;
    private final Actor actor;
    private final UserService users;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Runnable onLogout;
    private final AutoLock autoLock;
    private final Timeline timer;
    private final EventHandler<InputEvent> onInput;
    private Scene scene;
    private LockScreenView lockView;

    public SessionGuard(StackPane root, Node content, Actor actor, Duration lockAfter, Clock clock, UserService users,
                        Messages messages, TaskRunner tasks, Runnable onLogout) {
        this.root = root;
        this.content = content;
        this.actor = actor;
        this.users = users;
        this.messages = messages;
        this.tasks = tasks;
        this.onLogout = onLogout;
        this.autoLock = new AutoLock(clock, lockAfter);
        this.onInput = e -> autoLock.inputSeen();
        this.timer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(CHECK_SECONDS), e -> check()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Starts watching input and time. */
    public void start() {
        scene = root.getScene();
        if (scene != null) {
            scene.addEventFilter(InputEvent.ANY, onInput);
            scene.getAccelerators().put(LOCK_NOW, this::lockNow);
        }
        timer.play();
    }

    /** Stops watching and removes the lock screen (log-out). */
    public void stop() {
        timer.stop();
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, onInput);
            scene.getAccelerators().remove(LOCK_NOW);
        }
        removeLockView();
    }

    /** Locks when the idle time is up. The timer calls this; tests call it after advancing the clock. */
    public void check() {
        if (autoLock.check()) {
            showLock();
        }
    }

    public void lockNow() {
        if (!autoLock.locked()) {
            autoLock.lockNow();
            showLock();
        }
    }

    public boolean locked() {
        return autoLock.locked();
    }

    private void showLock() {
        Window own = scene == null ? null : scene.getWindow();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w != own) {
                w.hide();
            }
        }
        content.setVisible(false);
        LockViewModel vm = new LockViewModel(messages, tasks, users, actor, this::unlocked, onLogout);
        lockView = new LockScreenView(vm, messages);
        root.getChildren().add(lockView.node());
        lockView.onActivate();
        tasks.run(null, p -> {
            users.lockScreen(actor);
            return null;
        }, ok -> { }, e -> { });
    }

    private void unlocked() {
        removeLockView();
        content.setVisible(true);
        autoLock.unlocked();
    }

    private void removeLockView() {
        if (lockView != null) {
            root.getChildren().remove(lockView.node());
            lockView = null;
        }
    }
}
