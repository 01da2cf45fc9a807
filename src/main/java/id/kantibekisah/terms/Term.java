package id.kantibekisah.terms;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One semester of an academic year, e.g. 2025/2026 Ganjil. Its {@link #code()} ({@code 2025/2026-1}) is how the
 * command line names it.
 */
public record Term(long id, String academicYear, Semester semester, LocalDate startDate, LocalDate endDate) {
    private static final Pattern CODE = Pattern.compile("(\\d{4})/(\\d{4})-([12])");

    public String code() {
        return academicYear + "-" + semester.number();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** The academic year and semester a term code names, or null when the text is not a term code. */
    public record Key(String academicYear, Semester semester) {
    }

    public static Key parseCode(String code) {
        Matcher m = code == null ? null : CODE.matcher(code.trim());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
            return null;
        }
        return new Key(m.group(1) + "/" + m.group(2), Semester.of(Integer.parseInt(m.group(3))));
    }

    /** The usual Indonesian calendar: Ganjil from 1 July, Genap from 1 January to 30 June. */
    public static Key standardKeyFor(LocalDate date) {
        int year = date.getYear();
        if (date.getMonthValue() >= 7) {
            return new Key(year + "/" + (year + 1), Semester.GANJIL);
        }
        return new Key((year - 1) + "/" + year, Semester.GENAP);
    }

    public static LocalDate standardStart(Key key) {
        int first = Integer.parseInt(key.academicYear().substring(0, 4));
        return key.semester() == Semester.GANJIL ? LocalDate.of(first, 7, 1) : LocalDate.of(first + 1, 1, 1);
    }

    public static LocalDate standardEnd(Key key) {
        int first = Integer.parseInt(key.academicYear().substring(0, 4));
        return key.semester() == Semester.GANJIL ? LocalDate.of(first, 12, 31) : LocalDate.of(first + 1, 6, 30);
    }
}
