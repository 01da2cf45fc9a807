package id.kantibekisah.students;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import would do, computed before anything is written.
 *
 * @param toAdd      valid rows whose NISN is not in the database yet
 * @param toUpdate   valid rows whose NISN exists with other data (or inactive), with the existing student's id
 * @param unchanged  valid rows that match the database exactly
 * @param problems   rows that cannot be imported and why
 * @param missing    active students not in the file (marked inactive only when asked)
 */
public record RosterPreview(List<StudentDraft> toAdd, List<Update> toUpdate, int unchanged,
                            List<RosterProblem> problems, List<Student> missing) {
    public record Update(long studentId, Student before, StudentDraft after) {
        /** The fields the import changes, in roster order. */
        public List<RosterColumn> changes() {
            StudentDraft b = before.toDraft().normalised();
            List<RosterColumn> out = new ArrayList<>();
            add(out, RosterColumn.NISN, b.nisn(), after.nisn());
            add(out, RosterColumn.NIS, b.nis(), after.nis());
            add(out, RosterColumn.NAME, b.name(), after.name());
            add(out, RosterColumn.GENDER, b.gender(), after.gender());
            add(out, RosterColumn.CLASS, b.className(), after.className());
            add(out, RosterColumn.BIRTH_DATE, b.birthDate(), after.birthDate());
            add(out, RosterColumn.GUARDIAN_NAME, b.guardianName(), after.guardianName());
            add(out, RosterColumn.GUARDIAN_PHONE, b.guardianPhone(), after.guardianPhone());
            return out;
        }

        /** The student was inactive and is in the file again: the import makes them active. */
        public boolean reactivates() {
            return !before.active();
        }

        private static void add(List<RosterColumn> out, RosterColumn column, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                out.add(column);
            }
        }
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The rows with problems, counted once per row. */
    public long problemRows() {
        return problems.stream().mapToInt(RosterProblem::rowNumber).distinct().count();
    }

    /** {@code new N, updated N, unchanged N, errors N}: the summary line of the command line. */
    public String summary() {
        return "new " + toAdd.size() + ", updated " + toUpdate.size() + ", unchanged " + unchanged + ", errors "
                + problemRows();
    }
}
