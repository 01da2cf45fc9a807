package id.kantibekisah.students;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the cell values of roster files: gender codes, dates and NISNs as schools write them. */
public final class RosterValues {
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("id")),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)).stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();

    private RosterValues() {
    }

    /** L/P, Laki-laki/Perempuan, M/F; empty when the text is none of these. */
    public static Optional<Gender> gender(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = RosterColumn.normalise(text);
        return switch (t) {
            case "l", "lk", "lakilaki", "laki", "m", "male", "pria" -> Optional.of(Gender.L);
            case "p", "pr", "perempuan", "wanita", "f", "female" -> Optional.of(Gender.P);
            default -> Optional.empty();
        };
    }

    /** A date written as dd/MM/yyyy, yyyy-MM-dd and similar; empty when it is not one. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text.trim(), f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * An NISN from a text cell: spaces and a leading apostrophe (Excel's "keep as text" mark) removed. A 9-digit
     * number is given its lost leading zero back only by the spreadsheet reader, which knows the cell was numeric.
     */
    public static String nisn(String text) {
        if (text == null) {
            return null;
        }
        String t = text.trim().replace(" ", "");
        return t.startsWith("'") ? t.substring(1) : t;
    }
}
