package id.kantibekisah.students;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Turns the cells of one roster row into a draft and the problems found while reading it. */
public final class RosterRows {
    private RosterRows() {
    }

    public static RosterRow fromCells(int rowNumber, Function<RosterColumn, RosterCell> cell) {
        List<RosterProblem> problems = new ArrayList<>();
        String genderText = text(cell.apply(RosterColumn.GENDER));
        Gender gender = RosterValues.gender(genderText).orElse(null);
        if (gender == null && genderText != null && !genderText.isBlank()) {
            problems.add(new RosterProblem(rowNumber, "roster.problem.gender", genderText.trim()));
        }
        RosterCell birthCell = cell.apply(RosterColumn.BIRTH_DATE);
        LocalDate birth = RosterValues.date(birthCell).orElse(null);
        if (birth == null && birthCell != null && !birthCell.isBlank()) {
            problems.add(new RosterProblem(rowNumber, "roster.problem.date", birthCell.text().trim()));
        }
        StudentDraft draft = new StudentDraft(RosterValues.nisn(cell.apply(RosterColumn.NISN)),
                text(cell.apply(RosterColumn.NIS)), text(cell.apply(RosterColumn.NAME)), gender,
                text(cell.apply(RosterColumn.CLASS)), birth, text(cell.apply(RosterColumn.GUARDIAN_NAME)),
                RosterValues.phone(cell.apply(RosterColumn.GUARDIAN_PHONE))).normalised();
        return new RosterRow(rowNumber, draft, problems);
    }

    private static String text(RosterCell cell) {
        return cell == null || cell.isBlank() ? null : cell.text();
    }
}
