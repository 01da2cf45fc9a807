package id.kantibekisah.students;

import java.util.List;

/** Why a roster row cannot be imported, as a bundle key with arguments. */
public record RosterProblem(int rowNumber, String messageKey, List<Object> args) {
    public RosterProblem(int rowNumber, String messageKey, Object... args) {
        this(rowNumber, messageKey, List.of(args));
    }
}
