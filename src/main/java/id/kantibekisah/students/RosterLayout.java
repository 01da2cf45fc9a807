package id.kantibekisah.students;

import id.kantibekisah.common.ValidationException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the roster in a grid of cells, the same way for spreadsheets and CSV files: the header is the first row
 * (among the first {@value #HEADER_SCAN_ROWS}) that names an NISN and a name column, so title and school-name
 * rows above it are skipped; a header spread over two rows ("Data Ayah" merged over "Nama | Tahun Lahir | ...") is
 * read as both rows together. Below the header, blank rows, a row of column numbers, a repeated header and notes
 * (a row with one filled cell, such as "Dicetak pada ...", or two without NISN and name, such as "Jumlah | 300")
 * are skipped; every other row becomes a roster row, so a row with a problem is reported, never dropped.
 */
public final class RosterLayout {
    public static final int HEADER_SCAN_ROWS = 30;
    public static final int MAX_DATA_ROWS = 10_000;

    private RosterLayout() {
    }

    /** Which columns hold a field, most preferred first, and the header texts of all columns. */
    private record Mapping(Map<RosterColumn, List<Integer>> columns, Map<RosterColumn, List<String>> names,
                           List<String> unused) {
        boolean identifiesStudents() {
            return columns.containsKey(RosterColumn.NISN) && columns.containsKey(RosterColumn.NAME);
        }

        int fields() {
            return columns.size();
        }

        Set<Integer> allColumns() {
            Set<Integer> out = new HashSet<>();
            columns.values().forEach(out::addAll);
            return out;
        }
    }

    /**
     * The roster on this table, or empty when none of its first rows is a header.
     *
     * @param fileName named in the "too many rows" message
     * @throws ValidationException when a required column is missing or there are too many rows
     */
    public static Optional<RosterFile> read(RosterTable table, String fileName) {
        int scan = Math.min(table.rows().size(), HEADER_SCAN_ROWS);
        for (int i = 0; i < scan; i++) {
            List<String> top = headerTexts(table, i);
            Mapping single = map(top);
            if (i + 1 < table.rows().size() && !isColumnNumbering(table, i + 1)) {
                List<String> bottom = headerTexts(table, i + 1);
                Mapping both = map(combine(top, bottom));
                boolean twoRows = single.identifiesStudents() ? continuesHeader(table, i, single, both)
                        : topRowAddsFields(both, map(bottom));
                if (both.identifiesStudents() && twoRows) {
                    return Optional.of(rows(table, i, i + 1, both, fileName));
                }
            }
            if (single.identifiesStudents()) {
                return Optional.of(rows(table, i, i, single, fileName));
            }
        }
        return Optional.empty();
    }

    /**
     * Neither row alone is a header, or the lower one is and the upper one adds fields to it ("Identitas" over
     * "NISN | Nama"). A blank row or a title above a one-row header adds nothing: the lower row is the header.
     */
    private static boolean topRowAddsFields(Mapping both, Mapping bottomAlone) {
        return !bottomAlone.identifiesStudents() || both.fields() > bottomAlone.fields();
    }

    /** Row {@code i + 1} belongs to the header, not to the data. */
    private static boolean continuesHeader(RosterTable t, int i, Mapping single, Mapping both) {
        for (RosterTable.Merge m : t.merges()) {
            if (m.firstRow() == i && m.lastRow() > i) {
                return true; // a header cell merged down over the second row
            }
        }
        if (both.fields() > single.fields()) {
            return true;
        }
        // A data row has something under the NISN or name column; a header's second row has text only under the
        // groups of the first.
        boolean anyText = false;
        Set<Integer> mapped = single.allColumns();
        for (int c = 0; c < t.width(i + 1); c++) {
            if (!t.cell(i + 1, c).isBlank()) {
                if (mapped.contains(c)) {
                    return false;
                }
                anyText = true;
            }
        }
        return anyText;
    }

    /** The header texts of row {@code i}, each merged range's text repeated over all its cells. */
    private static List<String> headerTexts(RosterTable t, int row) {
        int width = t.width(row);
        for (RosterTable.Merge m : t.merges()) {
            if (m.firstRow() <= row && m.lastRow() >= row) {
                width = Math.max(width, m.lastColumn() + 1);
            }
        }
        List<String> out = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String text = t.cell(row, c).text();
            if (text.isBlank()) {
                for (RosterTable.Merge m : t.merges()) {
                    if (m.covers(row, c)) {
                        text = t.cell(m.firstRow(), m.firstColumn()).text();
                        break;
                    }
                }
            }
            out.add(clean(text));
        }
        return out;
    }

    /**
     * Reads two header rows as one: "Data Ayah" over "Nama" is "Data Ayah / Nama"; a cell merged over both rows
     * keeps its one text. Where the top cell of a group is blank (a merge that a CSV file no longer knows about),
     * the group's title carries on from the left.
     */
    static List<String> combine(List<String> top, List<String> bottom) {
        int width = Math.max(top.size(), bottom.size());
        List<String> out = new ArrayList<>(width);
        String group = null;
        for (int c = 0; c < width; c++) {
            String t = c < top.size() ? top.get(c) : "";
            String b = c < bottom.size() ? bottom.get(c) : "";
            if (b.isEmpty() || b.equals(t)) {
                out.add(t);
                group = null;
            } else if (t.isEmpty()) {
                out.add(group == null ? b : group + " / " + b);
            } else {
                out.add(t + " / " + b);
                group = t;
            }
        }
        return out;
    }

    private static Mapping map(List<String> headers) {
        record Found(RosterColumn field, int preference, int column, String header) {
        }
        List<Found> found = new ArrayList<>();
        List<String> unused = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < headers.size(); c++) {
            String h = headers.get(c);
            if (h.isEmpty()) {
                continue;
            }
            Optional<RosterColumn.Match> m = RosterColumn.match(h);
            // A second column with the very same header is not a fallback: it is another field nobody asked for.
            if (m.isPresent() && seen.add(RosterColumn.normalise(h))) {
                found.add(new Found(m.get().column(), m.get().preference(), c, h));
            } else {
                unused.add(h);
            }
        }
        found.sort(Comparator.comparing(Found::field).thenComparingInt(Found::preference)
                .thenComparingInt(Found::column));
        Map<RosterColumn, List<Integer>> columns = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, List<String>> names = new EnumMap<>(RosterColumn.class);
        for (Found f : found) {
            columns.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f.column());
            names.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f.header());
        }
        return new Mapping(columns, names, unused);
    }

    private static RosterFile rows(RosterTable t, int headerFirst, int headerLast, Mapping mapping,
                                   String fileName) {
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !mapping.columns().containsKey(c)) {
                throw new ValidationException("roster.error.missingColumn", c);
            }
        }
        List<RosterRow> rows = new ArrayList<>();
        for (int r = headerLast + 1; r < t.rows().size(); r++) {
            int row = r;
            int filled = 0;
            for (int c = 0; c < t.width(r); c++) {
                if (!t.cell(r, c).isBlank()) {
                    filled++;
                }
            }
            if (filled == 0 || isColumnNumbering(t, r)) {
                continue;
            }
            RosterCell nisn = value(t, row, mapping, RosterColumn.NISN);
            RosterCell name = value(t, row, mapping, RosterColumn.NAME);
            if (RosterColumn.forHeader(nisn.text()).orElse(null) == RosterColumn.NISN) {
                continue; // the header repeated (a print layout repeats it on every page)
            }
            if (filled == 1 || nisn.isBlank() && name.isBlank() && filled == 2) {
                continue; // a note below the table, a total, a signature line
            }
            if (rows.size() >= MAX_DATA_ROWS) {
                throw new ValidationException("roster.file.tooManyRows", fileName, MAX_DATA_ROWS);
            }
            rows.add(RosterRows.fromCells(t.rowNumbers().get(r), c -> value(t, row, mapping, c)));
        }
        return new RosterFile(t.name(), t.rowNumbers().get(headerFirst), t.rowNumbers().get(headerLast),
                mapping.names(), mapping.unused(), rows);
    }

    /** The field's value in this row: from its most preferred column that is not empty. */
    private static RosterCell value(RosterTable t, int row, Mapping mapping, RosterColumn field) {
        List<Integer> columns = mapping.columns().get(field);
        if (columns == null) {
            return RosterCell.EMPTY;
        }
        for (int c : columns) {
            RosterCell cell = t.cell(row, c);
            if (!cell.isBlank()) {
                return cell;
            }
        }
        return RosterCell.EMPTY;
    }

    /** A row such as "1 | 2 | 3 | 4" or "(1) | (2) | (3)" under a header: numbers its columns, holds no data. */
    static boolean isColumnNumbering(RosterTable t, int row) {
        int count = 0;
        long previous = Long.MIN_VALUE;
        for (int c = 0; c < t.width(row); c++) {
            String text = t.cell(row, c).text().trim();
            if (text.isEmpty()) {
                continue;
            }
            String digits = text.startsWith("(") && text.endsWith(")") ? text.substring(1, text.length() - 1)
                    : text;
            if (!digits.matches("\\d{1,3}")) {
                return false;
            }
            long n = Long.parseLong(digits);
            if (previous != Long.MIN_VALUE && n != previous + 1) {
                return false;
            }
            previous = n;
            count++;
        }
        return count >= 3;
    }

    private static String clean(String header) {
        return header == null ? "" : header.replaceAll("\\s+", " ").trim();
    }
}
