package id.kantibekisah.db;

/** User text for the full-text indexes (trigram FTS5): quoted as one phrase, so no character is query syntax. */
public final class SearchText {
    /** Trigram indexes need three characters; shorter text is searched with LIKE. */
    public static final int MIN_INDEXED = 3;

    private SearchText() {
    }

    /** {@code Bu "Ani"} → {@code "Bu ""Ani"""}: an FTS5 phrase that matches the text as a substring. */
    public static String phrase(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
