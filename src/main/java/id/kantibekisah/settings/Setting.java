package id.kantibekisah.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * One key of the settings table with the type of its value. A stored value that cannot be read as that type (a
 * hand-edited file, an older program) reads as absent, so every caller falls back to its default the same way.
 *
 * @param key    the row's key in the {@code settings} table
 * @param decode the stored text as a value, empty when it is not one
 * @param encode a value as the text to store
 */
public record Setting<T>(String key, Function<String, Optional<T>> decode, Function<T, String> encode) {

    public static Setting<String> text(String key) {
        return new Setting<>(key, Optional::of, value -> value);
    }

    public static Setting<Integer> number(String key) {
        return new Setting<>(key, Setting::parseInt, String::valueOf);
    }

    /** A folder or file; a blank value means "not chosen" (the default place). */
    public static Setting<Path> path(String key) {
        return new Setting<>(key, Setting::parsePath, Path::toString);
    }

    private static Optional<Integer> parseInt(String text) {
        try {
            return Optional.of(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> parsePath(String text) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(text));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
