package id.kantibekisah.students;

import id.kantibekisah.common.Messages;

import java.util.List;

/** How the window and the command line describe a roster file: where its header is and where each field comes from. */
public final class RosterTexts {
    private RosterTexts() {
    }

    /** "Sheet "Daftar PD", header in rows 5–6", or for a CSV file "header in row 1". */
    public static String source(Messages m, RosterFile f) {
        if (f.headerFirstRow() <= 0) {
            return "";
        }
        String rows = f.headerLastRow() > f.headerFirstRow()
                ? m.get("roster.preview.headerRows", f.headerFirstRow(), f.headerLastRow())
                : m.get("roster.preview.headerRow", f.headerFirstRow());
        return f.sheet() == null ? rows : m.get("roster.preview.sheet", f.sheet(), rows);
    }

    /** The file's column for a field, and the columns tried when it is empty; "(none)" when there is none. */
    public static String headers(Messages m, RosterFile f, RosterColumn column) {
        List<String> headers = f.headersOf(column);
        if (headers.isEmpty()) {
            return m.get("roster.preview.notFound");
        }
        if (headers.size() == 1) {
            return headers.get(0);
        }
        return m.get("roster.preview.fallback", headers.get(0), String.join(", ", headers.subList(1, headers.size())));
    }
}
