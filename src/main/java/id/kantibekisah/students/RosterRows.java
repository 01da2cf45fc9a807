package id.kantibekisah.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns the cell texts of one roster row into a draft and the problems found while reading it. */
public final class RosterRows {
    private RosterRows() {
    }

    public static RosterRow fromCells(int rowNumber, Function<RosterColumn, String> cell) {
        List<RosterProblem> problems = new ArrayList<>();
        String genderText = cell.apply(RosterColumn.GENDER);
        Gender gender = RosterValues.gender(genderText).orElse(null);
        if (gender == null && genderText != null && !genderText.isBlank()) {
            problems.add(new RosterProblem(rowNumber, "roster.problem.gender", genderText.trim()));
        }
        String birthText = cell.apply(RosterColumn.BIRTH_DATE);
        LocalDate birth = RosterValues.date(birthText).orElse(null);
        if (birth == null && birthText != null && !birthText.isBlank()) {
            problems.add(new RosterProblem(rowNumber, "roster.problem.date", birthText.trim()));
        }
        StudentDraft draft = new StudentDraft(RosterValues.nisn(cell.apply(RosterColumn.NISN)),
                cell.apply(RosterColumn.NIS), cell.apply(RosterColumn.NAME), gender, cell.apply(RosterColumn.CLASS),
                birth, cell.apply(RosterColumn.GUARDIAN_NAME), cell.apply(RosterColumn.GUARDIAN_PHONE)).normalised();
        return new RosterRow(rowNumber, draft, problems);
    }
}
