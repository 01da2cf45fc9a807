package id.kantibekisah.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import javafx.stage.Window;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every screen shares with the running window: the logged-in actor, the texts of the chosen language, the
 * clock, the background task runner, and the window's notifier and navigator. Services are not in here: each
 * screen is given the ones it uses (see {@code app.Screens}).
 */
public final class UiContext {
    private final Clock clock;
    private final Actor actor;
    private final Messages messages;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final Navigator navigator;
    private final Supplier<Window> owner;
    private final FolderOpener folders;

    public UiContext(Clock clock, Actor actor, Messages messages, TaskRunner tasks, Notifier notifier,
                     Navigator navigator, Supplier<Window> owner) {
        this(clock, actor, messages, tasks, notifier, navigator, owner, FolderOpener.NONE);
    }

    public UiContext(Clock clock, Actor actor, Messages messages, TaskRunner tasks, Notifier notifier,
                     Navigator navigator, Supplier<Window> owner, FolderOpener folders) {
        this.folders = Objects.requireNonNull(folders);
        this.clock = Objects.requireNonNull(clock);
        this.actor = actor;
        this.messages = Objects.requireNonNull(messages);
        this.tasks = Objects.requireNonNull(tasks);
        this.notifier = notifier;
        this.navigator = navigator;
        this.owner = owner;
    }

    public Actor actor() {
        return actor;
    }

    public Messages messages() {
        return messages;
    }

    /** Shortcut for {@code messages().get(key, args)}. */
    public String text(String key, Object... args) {
        return messages.get(key, args);
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Notifier notifier() {
        return notifier;
    }

    public Navigator navigator() {
        return navigator;
    }

    /** The window dialogs belong to. */
    public Window owner() {
        return owner == null ? null : owner.get();
    }

    /** Shows a folder in the file manager (after an export). */
    public FolderOpener folders() {
        return folders;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
