package id.kantibekisah.ui;

import javafx.scene.input.KeyCombination;

import java.util.Objects;

/** A keyboard shortcut as the menus and the guide list it: the keys and what they do, in the user's language. */
public record Shortcut(KeyCombination keys, String description) {
    public Shortcut {
        Objects.requireNonNull(keys);
        Objects.requireNonNull(description);
    }

    /** {@code Ctrl+1}, {@code F1}: how the platform writes the keys. */
    public String keysText() {
        return keys.getDisplayText();
    }
}
