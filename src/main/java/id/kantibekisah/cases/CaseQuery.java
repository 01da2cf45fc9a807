package id.kantibekisah.cases;

import java.util.Set;

/**
 * Filters, sort and page of the case list. Null or empty filters match everything.
 *
 * @param text      part of a case code, a student's name or an NISN
 * @param mine      only cases assigned to the acting counselor
 * @param overdue   only cases with a follow-up past its due date
 */
public record CaseQuery(String text, Set<CaseStatus> statuses, Category category, RiskLevel risk, String className,
                        Long termId, boolean mine, boolean overdue, CaseSort sort, boolean ascending, int offset,
                        int limit, Set<Long> onlyIds) {
    public static final int DEFAULT_LIMIT = 100;

    /** @param onlyIds when not null, only these cases (another feature's filter, e.g. PPKSP deadlines) */
    public CaseQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        onlyIds = onlyIds == null ? null : Set.copyOf(onlyIds);
        sort = sort == null ? CaseSort.OPENED : sort;
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 1000);
        offset = Math.max(0, offset);
    }

    public CaseQuery(String text, Set<CaseStatus> statuses, Category category, RiskLevel risk, String className,
                     Long termId, boolean mine, boolean overdue, CaseSort sort, boolean ascending, int offset,
                     int limit) {
        this(text, statuses, category, risk, className, termId, mine, overdue, sort, ascending, offset, limit, null);
    }

    public CaseQuery withOnlyIds(Set<Long> ids) {
        return new CaseQuery(text, statuses, category, risk, className, termId, mine, overdue, sort, ascending, offset,
                limit, ids);
    }

    public static CaseQuery all() {
        return new CaseQuery(null, Set.of(), null, null, null, null, false, false, CaseSort.OPENED, false, 0,
                DEFAULT_LIMIT);
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, statuses, category, risk, className, termId, mine, overdue, sort, ascending, offset,
                limit, onlyIds);
    }

    public CaseQuery withStatuses(Set<CaseStatus> s) {
        return new CaseQuery(text, s, category, risk, className, termId, mine, overdue, sort, ascending, offset,
                limit, onlyIds);
    }

    public CaseQuery withOverdue() {
        return new CaseQuery(text, statuses, category, risk, className, termId, mine, true, sort, ascending, offset,
                limit, onlyIds);
    }

    public CaseQuery withPage(int newOffset, int newLimit) {
        return new CaseQuery(text, statuses, category, risk, className, termId, mine, overdue, sort, ascending,
                newOffset, newLimit, onlyIds);
    }
}
