package id.kantibekisah.students;

import java.util.List;

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
