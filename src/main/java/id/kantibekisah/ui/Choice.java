package id.kantibekisah.ui;

/**
 * An entry of a filter or choice box: a value (null for "all") and the text shown for it. The box shows
 * {@link #toString()}, so there is no converter to forget.
 */
public record Choice<T>(T value, String label) {
    @Override
    public String toString() {
        return label;
    }
}
