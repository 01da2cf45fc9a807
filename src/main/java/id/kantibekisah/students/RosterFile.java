package id.kantibekisah.students;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A roster file as read: where its header was found, which columns hold which field (shown to the user as the
 * mapping), the columns it has that the import does not use, and its data rows.
 *
 * @param sheet          the sheet the roster was found on; null for a CSV file
 * @param headerFirstRow the row number (as the user sees it) of the header's first row; 0 when unknown
 * @param headerLastRow  the header's last row: one more than the first for a header spread over two rows
 * @param mapping        for each recognised field, the header text of its columns in the order they are tried
 * @param unusedHeaders  headers of the file's other columns
 */
public record RosterFile(String sheet, int headerFirstRow, int headerLastRow,
                         Map<RosterColumn, List<String>> mapping, List<String> unusedHeaders,
                         List<RosterRow> rows) {
    public RosterFile {
        Map<RosterColumn, List<String>> copy = new EnumMap<>(RosterColumn.class);
        mapping.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        mapping = java.util.Collections.unmodifiableMap(copy);
        unusedHeaders = List.copyOf(unusedHeaders);
        rows = List.copyOf(rows);
    }

    /** Rows made by hand (tests, rights checks): no header information. */
    public RosterFile(Map<RosterColumn, List<String>> mapping, List<RosterRow> rows) {
        this(null, 0, 0, mapping, List.of(), rows);
    }

    /** The header texts of a field's columns; empty when the file has none. */
    public List<String> headersOf(RosterColumn column) {
        return mapping.getOrDefault(column, List.of());
    }
}
