package id.kantibekisah.ppksp.report;

/**
 * Suppression of small counts for figures that leave the school: a count of 1 or 2 could point at a child, so it is
 * shown as "&lt;3" (primary suppression). Where a row or a column has a total, one hidden cell could be worked out
 * from the total and the others, so a second cell of that row or column is hidden too: the smallest shown count
 * above zero, or the total itself when every other count is zero (complementary suppression). Zero is shown: it
 * names nobody.
 */
final class SmallCounts {
    /** Counts below this are hidden. */
    static final long THRESHOLD = 3;
    static final String HIDDEN = "<3";

    private SmallCounts() {
    }

    /**
     * Which cells to hide. {@code cells[r][c]}; when {@code totalColumn}, the last column of each row is that row's
     * total; when {@code totalRow}, the last row holds the columns' totals.
     */
    static boolean[][] hide(long[][] cells, boolean totalRow, boolean totalColumn) {
        int rows = cells.length;
        int cols = rows == 0 ? 0 : cells[0].length;
        boolean[][] hidden = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                hidden[r][c] = cells[r][c] > 0 && cells[r][c] < THRESHOLD;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (totalColumn) {
                for (int r = 0; r < rows; r++) {
                    changed |= complete(cells, hidden, r, -1, cols);
                }
            }
            if (totalRow) {
                for (int c = 0; c < cols; c++) {
                    changed |= complete(cells, hidden, -1, c, rows);
                }
            }
        }
        return hidden;
    }

    /**
     * In one row ({@code col < 0}) or column ({@code row < 0}) whose last cell is the total: when exactly one cell
     * is hidden, hides a second. Returns whether it hid one.
     */
    private static boolean complete(long[][] cells, boolean[][] hidden, int row, int col, int length) {
        int hiddenCount = 0;
        int smallest = -1;
        for (int i = 0; i < length; i++) {
            int r = row < 0 ? i : row;
            int c = col < 0 ? i : col;
            if (hidden[r][c]) {
                hiddenCount++;
            } else if (i < length - 1 && cells[r][c] > 0
                    && (smallest < 0 || cells[r][c] < value(cells, row, col, smallest))) {
                smallest = i;
            }
        }
        if (hiddenCount != 1) {
            return false;
        }
        int pick = smallest >= 0 ? smallest : length - 1;
        int r = row < 0 ? pick : row;
        int c = col < 0 ? pick : col;
        if (hidden[r][c]) {
            return false;
        }
        hidden[r][c] = true;
        return true;
    }

    private static long value(long[][] cells, int row, int col, int i) {
        return row < 0 ? cells[i][col] : cells[row][i];
    }
}
