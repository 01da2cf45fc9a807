package id.kantibekisah.students;

import java.time.LocalDate;

/** A student as the BK team sees them. */
public record Student(long id, String nisn, String nis, String name, Gender gender, String className,
                      LocalDate birthDate, String guardianName, String guardianPhone, boolean active) {
    public StudentDraft toDraft() {
        return new StudentDraft(nisn, nis, name, gender, className, birthDate, guardianName, guardianPhone);
    }
}
