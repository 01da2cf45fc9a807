package id.kantibekisah.common;

/** A model value with a label in the bundles; the UI shows {@code Messages.label(value)}, never the code. */
public interface Labeled {
    String labelKey();
}
