package id.kantibekisah.students;

import java.util.List;

/**
 * A grid of cells as a file holds it, before anything is known about which row is the header: one sheet of a
 * workbook or the whole of a CSV file.
 *
 * @param name       the sheet's name; null for a CSV file
 * @param rows       the rows in file order; a row may be shorter than others
 * @param rowNumbers for each row, the number the user sees for it (the spreadsheet's row or the CSV line)
 * @param merges     merged cell ranges, as zero-based indexes into {@code rows} and the cells of a row
 */
public record RosterTable(String name, List<List<RosterCell>> rows, List<Integer> rowNumbers, List<Merge> merges) {
    /** A merged range: the text of its first cell covers all of it. */
    public record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        boolean covers(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    public RosterTable {
        rows = List.copyOf(rows);
        rowNumbers = List.copyOf(rowNumbers);
        merges = List.copyOf(merges);
        if (rows.size() != rowNumbers.size()) {
            throw new IllegalArgumentException("one row number per row");
        }
    }

    public RosterCell cell(int row, int column) {
        List<RosterCell> r = rows.get(row);
        return column < r.size() && r.get(column) != null ? r.get(column) : RosterCell.EMPTY;
    }

    public int width(int row) {
        return rows.get(row).size();
    }
}
