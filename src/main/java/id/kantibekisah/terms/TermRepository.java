package id.kantibekisah.terms;

import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code terms} table. */
public final class TermRepository {
    public long insert(Sql sql, String academicYear, Semester semester, LocalDate start, LocalDate end) {
        return sql.insert("INSERT INTO terms (academic_year, semester, start_date, end_date) VALUES (?, ?, ?, ?)",
                academicYear, semester.number(), start, end);
    }

    public Optional<Term> findContaining(Sql sql, LocalDate date) {
        return sql.one("SELECT * FROM terms WHERE start_date <= ? AND end_date >= ? ORDER BY start_date DESC LIMIT 1",
                TermRepository::map, date, date);
    }

    public Optional<Term> find(Sql sql, String academicYear, Semester semester) {
        return sql.one("SELECT * FROM terms WHERE academic_year = ? AND semester = ?", TermRepository::map,
                academicYear, semester.number());
    }

    public Optional<Term> findById(Sql sql, long id) {
        return sql.one("SELECT * FROM terms WHERE id = ?", TermRepository::map, id);
    }

    /** Newest first. */
    public List<Term> listAll(Sql sql) {
        return sql.list("SELECT * FROM terms ORDER BY start_date DESC", TermRepository::map);
    }

    static Term map(Row r) throws SQLException {
        return new Term(r.lng("id"), r.str("academic_year"), Semester.of(r.integer("semester")),
                r.date("start_date"), r.date("end_date"));
    }
}
