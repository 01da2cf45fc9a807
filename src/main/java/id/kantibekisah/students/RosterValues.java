package id.kantibekisah.students;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reading the cell values of roster files: gender codes, dates, NISNs and phone numbers as schools write them. */
public final class RosterValues {
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("uuuu-M-d"),
            DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"),
            DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("id")),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.forLanguageTag("id")),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)).stream()
            .map(f -> f.withResolverStyle(ResolverStyle.STRICT)).toList();
    /** Day 0 of Excel's 1900 date system; serials from 1 March 1900 on count from it. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

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
        String t = text.trim();
        Optional<LocalDate> date = parse(t);
        if (date.isEmpty() && t.matches("\\S+[ T]\\d{1,2}[:.]\\d{2}([:.]\\d{2}(\\.\\d+)?)?")) {
            date = parse(t.split("[ T]")[0]); // "2013-05-17 00:00:00": a date with a midnight time
        }
        return date;
    }

    /**
     * A date cell: a spreadsheet date, a date serial in an unformatted cell (41411 is 17 May 2013), or text.
     */
    public static Optional<LocalDate> date(RosterCell cell) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        return switch (cell.kind()) {
            case DATE -> Optional.of(LocalDate.parse(cell.text()));
            case NUMBER -> cell.text().matches("\\d{2,5}") ? Optional.of(EXCEL_EPOCH.plusDays(
                    Long.parseLong(cell.text()))) : Optional.empty();
            case TEXT -> date(cell.text());
        };
    }

    private static Optional<LocalDate> parse(String text) {
        for (DateTimeFormatter f : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, f));
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

    /**
     * An NISN cell. A spreadsheet number has lost the NISN's leading zeros; an NISN begins with the last three
     * digits of the birth year, so for children born since 2000 up to three zeros are lost, and a number of
     * seven to nine digits gets them back. A shorter number is left as it is and reported as a wrong NISN.
     */
    public static String nisn(RosterCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String t = nisn(cell.text());
        if (cell.kind() == RosterCell.Kind.NUMBER && t.matches("\\d{7,9}")) {
            return "0".repeat(10 - t.length()) + t;
        }
        return t;
    }

    /** A phone cell. A spreadsheet number has lost the leading 0 of a mobile number (812... is 0812...). */
    public static String phone(RosterCell cell) {
        if (cell == null || cell.isBlank()) {
            return null;
        }
        String t = cell.text().trim();
        if (cell.kind() == RosterCell.Kind.NUMBER && t.matches("8\\d{8,11}")) {
            return "0" + t;
        }
        return t;
    }
}
