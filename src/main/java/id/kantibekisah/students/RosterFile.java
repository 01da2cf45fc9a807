package id.kantibekisah.students;

import java.util.List;
import java.util.Map;

/**
 * A roster file as read: which column holds which field (shown to the user as the mapping) and its data rows.
 *
 * @param mapping the header text found for each recognised field
 */
public record RosterFile(Map<RosterColumn, String> mapping, List<RosterRow> rows) {
    public RosterFile {
        mapping = Map.copyOf(mapping);
        rows = List.copyOf(rows);
    }
}
