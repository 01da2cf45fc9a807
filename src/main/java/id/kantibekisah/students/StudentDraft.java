package id.kantibekisah.students;

import java.time.LocalDate;

/** A student's fields as typed or imported, before validation. */
public record StudentDraft(String nisn, String nis, String name, Gender gender, String className,
                           LocalDate birthDate, String guardianName, String guardianPhone) {
    /** Trims text, drops empty optional fields and upper-cases the class, so equal data compares equal. */
    public StudentDraft normalised() {
        return new StudentDraft(trim(nisn), blankToNull(nis), collapse(name), gender,
                className == null ? null : className.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", ""),
                birthDate, blankToNull(guardianName), blankToNull(guardianPhone));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }

    private static String collapse(String s) {
        return s == null ? null : s.trim().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : collapse(s);
    }
}
