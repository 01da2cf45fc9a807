package id.kantibekisah.seal;

/** A sealed value did not open: altered, truncated, or sealed under another key. */
public final class SealBrokenException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SealBrokenException() {
        super("sealed value does not open under this key");
    }
}
