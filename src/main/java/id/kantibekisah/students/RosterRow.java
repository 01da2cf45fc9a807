package id.kantibekisah.students;

import java.util.List;

/**
 * One data row of a roster file: its row number as the user sees it in the file, the fields as far as they could be
 * read, and the problems found while reading (an unknown gender code, a date that is not a date).
 */
public record RosterRow(int rowNumber, StudentDraft draft, List<RosterProblem> problems) {
    public RosterRow {
        problems = List.copyOf(problems);
    }
}
