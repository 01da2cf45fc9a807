package id.kantibekisah.students;

/**
 * One cell of a roster file as read: its text and what kind of value the file stored. A spreadsheet number has
 * lost its leading zeros and a spreadsheet date is already a date, so the row reader treats them differently from
 * text typed by a person.
 *
 * @param text for {@link Kind#DATE} the ISO date ({@code 2013-05-17}); for {@link Kind#NUMBER} the number's digits
 *             as the sheet shows them; otherwise the text as written; never null
 */
public record RosterCell(String text, Kind kind) {
    public static final RosterCell EMPTY = new RosterCell("", Kind.TEXT);

    /** How the file stored the value. CSV files know only text. */
    public enum Kind {
        TEXT, NUMBER, DATE
    }

    public RosterCell {
        text = text == null ? "" : text;
    }

    public static RosterCell text(String text) {
        return text == null || text.isEmpty() ? EMPTY : new RosterCell(text, Kind.TEXT);
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
