package id.kantibekisah.reports;

import java.util.regex.Pattern;

/**
 * Text as it may go into a spreadsheet cell. Text is always written as a string cell, never as a formula; text
 * that a spreadsheet would read as a formula when someone edits the cell ({@code =}, {@code +}, {@code -},
 * {@code @}, a tab or line break first: OWASP's CSV-injection list, also in full-width form) gets a quote-prefixed
 * style, the spreadsheet's own "this is text" mark. Characters XML cannot hold are dropped, and Excel's escape
 * syntax {@code _xHHHH_} is itself escaped so the text shows exactly as typed.
 */
public final class CellText {
    /** Excel's limit for one cell. */
    public static final int MAX_LENGTH = 32_767;
    private static final Pattern EXCEL_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {
    }

    /** True when a spreadsheet could take this text for a formula: it must carry the quote prefix. */
    public static boolean needsQuotePrefix(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The text cleaned for a cell: no characters XML cannot hold, CR LF as LF, escapes escaped, within the limit. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    continue;
                }
                sb.append('\n');
            } else if (c == '\t' || c == '\n') {
                sb.append(c);
            } else if (c < 0x20 || c == '\uFFFE' || c == '\uFFFF') {
                continue;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    sb.append(c).append(text.charAt(++i));
                }
            } else if (!Character.isLowSurrogate(c)) {
                sb.append(c);
            }
        }
        String out = sb.indexOf("_x") < 0 ? sb.toString() : EXCEL_ESCAPE.matcher(sb).replaceAll("_x005F_$1");
        return out.length() > MAX_LENGTH ? out.substring(0, MAX_LENGTH - 1) + "\u2026" : out;
    }
}
