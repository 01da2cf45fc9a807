package id.kantibekisah.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Validation of one student's fields, shared by the form and the roster import. */
public final class StudentRules {
    /** A problem with one field: the field's name and a bundle key. */
    public record Problem(String field, String messageKey) {
    }

    private StudentRules() {
    }

    /** Problems of a normalised draft; empty when it may be saved. */
    public static List<Problem> check(StudentDraft d, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        if (d.name() == null || d.name().isBlank()) {
            problems.add(new Problem("name", "student.error.nameMissing"));
        } else if (d.name().length() > 100) {
            problems.add(new Problem("name", "student.error.nameTooLong"));
        }
        if (d.nisn() == null || d.nisn().isBlank()) {
            problems.add(new Problem("nisn", "student.error.nisnMissing"));
        } else if (!d.nisn().matches("\\d{10}")) {
            problems.add(new Problem("nisn", "student.error.nisnFormat"));
        }
        if (d.gender() == null) {
            problems.add(new Problem("gender", "student.error.genderMissing"));
        }
        if (d.className() == null || d.className().isBlank()) {
            problems.add(new Problem("className", "student.error.classMissing"));
        } else if (d.className().length() > 12) {
            problems.add(new Problem("className", "student.error.classTooLong"));
        }
        if (d.birthDate() != null
                && (d.birthDate().isAfter(today) || d.birthDate().isBefore(today.minusYears(30)))) {
            problems.add(new Problem("birthDate", "student.error.birthDate"));
        }
        if (d.guardianPhone() != null && !d.guardianPhone().matches("\\+?[0-9 ()-]{6,20}")) {
            problems.add(new Problem("guardianPhone", "student.error.phone"));
        }
        return problems;
    }
}
