package id.kantibekisah.reports;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.db.Database;
import id.kantibekisah.security.AccessPolicy;
import id.kantibekisah.security.Actor;
import id.kantibekisah.security.Permission;
import id.kantibekisah.terms.Term;

import java.util.EnumMap;
import java.util.Map;

/** Figures for the dashboard and the term report, computed by SQL. */
public final class ReportService {
    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;

    public ReportService(Database db, AuditLog audit, AccessPolicy access) {
        this.db = db;
        this.audit = audit;
        this.access = access;
    }

    public TermFigures figures(Actor actor, Term term) {
        access.require(actor, Permission.REPORT_VIEW, AuditAction.REPORT_VIEW);
        return db.tx(sql -> {
            Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
            for (CaseStatus s : CaseStatus.values()) {
                byStatus.put(s, 0L);
            }
            sql.list("SELECT status, count(*) AS n FROM cases WHERE term_id = ? GROUP BY status",
                    r -> byStatus.put(r.enumOf(CaseStatus.class, "status"), r.lng("n")), term.id());
            Map<Category, Long> byCategory = new EnumMap<>(Category.class);
            sql.list("SELECT category, count(*) AS n FROM cases WHERE term_id = ? GROUP BY category",
                    r -> byCategory.put(r.enumOf(Category.class, "category"), r.lng("n")), term.id());
            long escalated = sql.longValue("""
                    SELECT count(*) FROM cases c WHERE c.term_id = ?
                       AND EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = c.id)""", term.id());
            long opened = byStatus.values().stream().mapToLong(Long::longValue).sum();
            long open = byStatus.entrySet().stream().filter(e -> e.getKey().isOpen())
                    .mapToLong(Map.Entry::getValue).sum();
            audit.ok(sql, actor, AuditAction.REPORT_VIEW, null, null, "term " + term.code());
            return new TermFigures(term, opened, open, byStatus.get(CaseStatus.NEW),
                    byStatus.get(CaseStatus.RESOLVED), byStatus.get(CaseStatus.DISMISSED), escalated, byStatus,
                    byCategory);
        });
    }
}
