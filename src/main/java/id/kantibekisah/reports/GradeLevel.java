package id.kantibekisah.reports;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grade (jenjang: 7, 8 or 9 in an SMP) a class name belongs to. Dapodik and schools write rombel names in many
 * ways — {@code 8B}, {@code VIII-B}, {@code Kelas 8.2}, {@code IX A} — so the first number or Roman numeral decides.
 */
public final class GradeLevel {
    private static final Pattern ARABIC = Pattern.compile("(\\d{1,2})");
    private static final Pattern ROMAN = Pattern.compile("^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![IVX])");

    private GradeLevel() {
    }

    /** The grade as a number, or 0 when the name holds none. */
    public static int of(String className) {
        if (className == null || className.isBlank()) {
            return 0;
        }
        String name = className.trim().toUpperCase(Locale.ROOT);
        Matcher arabic = ARABIC.matcher(name);
        if (arabic.find()) {
            int grade = Integer.parseInt(arabic.group(1));
            return grade >= 1 && grade <= 12 ? grade : 0;
        }
        Matcher roman = ROMAN.matcher(name.replaceFirst("^KELAS\\s*", ""));
        if (roman.find()) {
            return switch (roman.group(1)) {
                case "I" -> 1;
                case "II" -> 2;
                case "III" -> 3;
                case "IV" -> 4;
                case "V" -> 5;
                case "VI" -> 6;
                case "VII" -> 7;
                case "VIII" -> 8;
                case "IX" -> 9;
                case "X" -> 10;
                case "XI" -> 11;
                default -> 12;
            };
        }
        return 0;
    }
}
