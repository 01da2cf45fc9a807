package id.kantibekisah.terms;

import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Terms (semesters). A case belongs to the term its opening date falls in; when the school has not entered that
 * term yet, the usual calendar (Ganjil July–December, Genap January–June) is used, so logging an intake never
 * fails for want of a term.
 */
public final class TermService {
    private final Database db;
    private final Clock clock;
    private final TermRepository terms = new TermRepository();

    public TermService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The term holding {@code date}, created from the usual calendar if missing. Joins the caller's transaction. */
    public Term termFor(Sql sql, LocalDate date) {
        return terms.findContaining(sql, date).orElseGet(() -> {
            Term.Key key = Term.standardKeyFor(date);
            // A school-entered term with the same year and semester but other dates wins over the calendar.
            return terms.find(sql, key.academicYear(), key.semester()).orElseGet(() -> {
                long id = terms.insert(sql, key.academicYear(), key.semester(), Term.standardStart(key),
                        Term.standardEnd(key));
                return terms.findById(sql, id).orElseThrow();
            });
        });
    }

    public Term current() {
        return db.tx(sql -> termFor(sql, LocalDate.now(clock)));
    }

    /** The term just before {@code term} in the calendar (for comparisons), created if missing. */
    public Term previous(Term term) {
        return db.tx(sql -> termFor(sql, term.startDate().minusDays(1)));
    }

    public List<Term> list() {
        return db.read(terms::listAll);
    }

    /** The term named by a code such as {@code 2025/2026-1}. */
    public Term byCode(String code) {
        Term.Key key = Term.parseCode(code);
        if (key == null) {
            throw new ValidationException("term.error.code", code);
        }
        return db.read(sql -> terms.find(sql, key.academicYear(), key.semester()))
                .orElseThrow(() -> new NotFoundException("term.error.notFound", code));
    }
}
