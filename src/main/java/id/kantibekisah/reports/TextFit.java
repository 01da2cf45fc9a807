package id.kantibekisah.reports;

/**
 * How much room text needs in a cell, estimated so that it is never clipped when LibreOffice renders the workbook
 * with Liberation Sans or DejaVu Sans instead of Arial. A column's width counts the digit width of the default
 * font (5.25 points for 10-point Arial); DejaVu's letters are wider than Arial's, so an estimate made with Arial's
 * metrics clips. The factors here are those of DejaVu Sans, the widest of the three, with a margin.
 */
final class TextFit {
    /** Points of one text line of 10-point text, DejaVu's line spacing with LibreOffice's cell padding. */
    static final float LINE_POINTS = 13.5f;
    /** What a row needs on top of its lines (cell padding, borders). */
    static final float ROW_PADDING = 3f;
    /** Width in points of one unit of column width as LibreOffice lays it out (a digit of 10-point Liberation Sans). */
    static final double POINTS_PER_CHAR = 5.6;
    /** Characters of ordinary 10-point text per unit of column width. */
    static final double REGULAR = 0.9;
    /** Characters of bold 10-point text per unit of column width. */
    static final double BOLD = 0.8;

    private TextFit() {
    }

    /** The height in points of a row of {@code lines} lines of 10-point text. */
    static float rowPoints(int lines) {
        return Math.max(1, lines) * LINE_POINTS + ROW_PADDING;
    }

    /** How many characters fit on one line of a column {@code widthChars} wide (its padding taken off). */
    static int charsPerLine(double widthChars, double factor) {
        return Math.max(1, (int) Math.floor((widthChars - 1) * factor));
    }

    /** The column width that holds {@code word} on one line. */
    static int widthFor(String word, double factor) {
        return (int) Math.ceil(word.length() / factor) + 1;
    }

    /** The longest word of a text (what must fit on a line without breaking mid-word). */
    static String longestWord(String text) {
        String longest = "";
        for (String w : text.split("\\s+")) {
            if (w.length() > longest.length()) {
                longest = w;
            }
        }
        return longest;
    }

    /** How many lines a text takes, wrapped at words, in a column {@code widthChars} wide. */
    static int lines(Object value, double widthChars, double factor) {
        if (value == null) {
            return 1;
        }
        int perLine = charsPerLine(widthChars, factor);
        int lines = 0;
        for (String line : value.toString().split("\n", -1)) {
            int used = 0;
            int count = 1;
            for (String word : line.split(" ")) {
                int len = word.length();
                if (used > 0 && used + 1 + len > perLine) {
                    count++;
                    used = len;
                } else {
                    used += (used > 0 ? 1 : 0) + len;
                }
                while (used > perLine) {
                    count++;
                    used -= perLine;
                }
            }
            lines += count;
        }
        return Math.max(1, lines);
    }
}
