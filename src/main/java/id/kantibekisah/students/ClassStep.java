package id.kantibekisah.students;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a junior high school class goes at the new academic year: 7 to 8 and 8 to 9 with the same parallel
 * (7A → 8A, VII-B → VIII-B, KELAS 8C → KELAS 9C), and 9 out of school. Arabic and Roman grade numbers keep their
 * style. A class name that is not grade 7, 8 or 9 followed by its parallel is {@link Kind#UNKNOWN}: it is never
 * guessed at.
 *
 * @param next the class after promotion; null unless {@link Kind#NEXT}
 */
public record ClassStep(Kind kind, String next) {
    public enum Kind {
        /** Moves up to {@link #next()}. */
        NEXT,
        /** Grade 9: leaves school (graduates). */
        GRADUATE,
        /** Not a class name this school year can be promoted from. */
        UNKNOWN
    }

    /**
     * An optional "KELAS", the grade (Roman numerals longest first, so VIII is not read as VII), and the parallel:
     * empty, or starting with something that cannot continue the grade (a letter that is no Roman digit, a dash, a
     * dot; after a Roman grade also a digit).
     */
    private static final Pattern CLASS = Pattern.compile("(KELAS)?(VIII|VII|IX|7|8|9)(.*)");

    /** The step for a class name as stored (upper case, no spaces). */
    public static ClassStep of(String className) {
        if (className == null) {
            return unknown();
        }
        String name = className.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", "");
        Matcher m = CLASS.matcher(name);
        if (!m.matches()) {
            return unknown();
        }
        String prefix = m.group(1) == null ? "" : m.group(1);
        String grade = m.group(2);
        String parallel = m.group(3);
        boolean roman = Character.isLetter(grade.charAt(0));
        if (!parallel.isEmpty()) {
            char first = parallel.charAt(0);
            boolean continuesGrade = roman ? "IVX".indexOf(first) >= 0 : Character.isDigit(first);
            if (continuesGrade) {
                return unknown();
            }
        }
        return switch (grade) {
            case "7" -> new ClassStep(Kind.NEXT, prefix + "8" + parallel);
            case "8" -> new ClassStep(Kind.NEXT, prefix + "9" + parallel);
            case "VII" -> new ClassStep(Kind.NEXT, prefix + "VIII" + parallel);
            case "VIII" -> new ClassStep(Kind.NEXT, prefix + "IX" + parallel);
            default -> new ClassStep(Kind.GRADUATE, null);
        };
    }

    private static ClassStep unknown() {
        return new ClassStep(Kind.UNKNOWN, null);
    }
}
