package id.kantibekisah.students;

import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code students} table. */
public final class StudentRepository {
    private static final String COLUMNS = """
            id, nisn, nis, name, gender, class_name, birth_date, guardian_name, guardian_phone, active""";

    public long insert(Sql sql, StudentDraft d, Instant now) {
        return sql.insert("""
                INSERT INTO students (nisn, nis, name, gender, class_name, birth_date, guardian_name, guardian_phone,
                                      active, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)""",
                d.nisn(), d.nis(), d.name(), d.gender(), d.className(), d.birthDate(), d.guardianName(),
                d.guardianPhone(), now, now);
    }

    public void update(Sql sql, long id, StudentDraft d, Instant now) {
        sql.update("""
                UPDATE students SET nisn = ?, nis = ?, name = ?, gender = ?, class_name = ?, birth_date = ?,
                                    guardian_name = ?, guardian_phone = ?, updated_at = ?
                WHERE id = ?""",
                d.nisn(), d.nis(), d.name(), d.gender(), d.className(), d.birthDate(), d.guardianName(),
                d.guardianPhone(), now, id);
    }

    public void setClass(Sql sql, long id, String className, Instant now) {
        sql.update("UPDATE students SET class_name = ?, updated_at = ? WHERE id = ?", className, now, id);
    }

    public void setActive(Sql sql, long id, boolean active, Instant now) {
        sql.update("UPDATE students SET active = ?, updated_at = ? WHERE id = ?", active, now, id);
    }

    public Optional<Student> findById(Sql sql, long id) {
        return sql.one("SELECT " + COLUMNS + " FROM students WHERE id = ?", StudentRepository::map, id);
    }

    public Optional<Student> findByNisn(Sql sql, String nisn) {
        return sql.one("SELECT " + COLUMNS + " FROM students WHERE nisn = ?", StudentRepository::map, nisn);
    }

    public List<Student> listAll(Sql sql) {
        return sql.list("SELECT " + COLUMNS + " FROM students ORDER BY class_name, name", StudentRepository::map);
    }

    /**
     * Active students whose name contains {@code text}, whose NISN starts with it, or whose class is it; for picking
     * a student in a form. Returns only id, name and class.
     */
    public List<StudentChoice> pick(Sql sql, String text, int limit) {
        String t = text.trim();
        return sql.list("""
                SELECT id, name, class_name FROM students
                WHERE active = 1 AND anonymised_at IS NULL
                  AND (name LIKE '%' || ? || '%' ESCAPE '\\' OR nisn LIKE ? || '%' ESCAPE '\\' OR class_name = upper(?))
                ORDER BY class_name = upper(?) DESC, name LIMIT ?""",
                r -> new StudentChoice(r.lng("id"), r.str("name"), r.str("class_name")),
                escapeLike(t), escapeLike(t), t, t, limit);
    }

    /**
     * Active, not anonymised students whose name contains {@code name}, in {@code className} when given: id, name
     * and class only, for those who may not browse the roster ({@link NameSearch}).
     */
    public List<StudentChoice> pickByName(Sql sql, String className, String name, int limit) {
        return sql.list("""
                SELECT id, name, class_name FROM students
                 WHERE active = 1 AND anonymised_at IS NULL AND name LIKE '%' || ? || '%' ESCAPE '\\'
                   AND class_name = COALESCE(?, class_name)
                 ORDER BY name, class_name LIMIT ?""",
                r -> new StudentChoice(r.lng("id"), r.str("name"), r.str("class_name")),
                escapeLike(name.trim()), className == null ? null : className.trim().toUpperCase(java.util.Locale.ROOT),
                limit);
    }

    /** Whether an active student is in a class of this name (case does not matter). */
    public boolean classExists(Sql sql, String className) {
        return sql.longValue("SELECT count(*) FROM students WHERE active = 1 AND class_name = ?",
                className.trim().toUpperCase(java.util.Locale.ROOT)) > 0;
    }

    /** One page of the roster, filtered by a search text (name or NISN) and a class. */
    public List<Student> search(Sql sql, String text, String className, boolean includeInactive, int offset,
                                int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(text, className, includeInactive, params);
        params.add(limit);
        params.add(offset);
        return sql.list("SELECT " + COLUMNS + " FROM students" + where + " ORDER BY class_name, name LIMIT ? OFFSET ?",
                StudentRepository::map, params.toArray());
    }

    public long count(Sql sql, String text, String className, boolean includeInactive) {
        List<Object> params = new ArrayList<>();
        String where = where(text, className, includeInactive, params);
        return sql.longValue("SELECT count(*) FROM students" + where, params.toArray());
    }

    public List<String> classes(Sql sql) {
        return sql.list("SELECT DISTINCT class_name FROM students WHERE active = 1 ORDER BY class_name",
                r -> r.str("class_name"));
    }

    private static String where(String text, String className, boolean includeInactive, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (!includeInactive) {
            clauses.add("active = 1");
        }
        if (className != null && !className.isBlank()) {
            clauses.add("class_name = ?");
            params.add(className.trim().toUpperCase(java.util.Locale.ROOT));
        }
        if (text != null && !text.isBlank()) {
            clauses.add("(name LIKE '%' || ? || '%' ESCAPE '\\' OR nisn LIKE ? || '%' ESCAPE '\\')");
            params.add(escapeLike(text.trim()));
            params.add(escapeLike(text.trim()));
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Makes {@code %} and {@code _} in user text match themselves. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static Student map(Row r) throws SQLException {
        return new Student(r.lng("id"), r.str("nisn"), r.str("nis"), r.str("name"), r.enumOf(Gender.class, "gender"),
                r.str("class_name"), r.date("birth_date"), r.str("guardian_name"), r.str("guardian_phone"),
                r.bool("active"));
    }
}
