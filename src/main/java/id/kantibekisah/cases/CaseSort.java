package id.kantibekisah.cases;

/** Columns the case list can be sorted by, each with its SQL expression (never user text). */
public enum CaseSort {
    CODE("c.code"),
    OPENED("c.opened_on"),
    CATEGORY("c.category"),
    RISK("CASE c.risk WHEN 'LOW' THEN 1 WHEN 'MEDIUM' THEN 2 WHEN 'HIGH' THEN 3 ELSE 4 END"),
    STATUS("CASE c.status WHEN 'NEW' THEN 1 WHEN 'IN_REVIEW' THEN 2 WHEN 'IN_PROGRESS' THEN 3 "
            + "WHEN 'ESCALATED' THEN 4 WHEN 'RESOLVED' THEN 5 ELSE 6 END"),
    COUNSELOR("counselor_name"),
    STUDENTS("student_names"),
    CLASSES("classes"),
    NEXT_FOLLOW_UP("next_follow_up IS NULL, next_follow_up");

    private final String expression;

    CaseSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
