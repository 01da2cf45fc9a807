package id.kantibekisah.audit;

import java.util.List;

/** One page of audit rows, newest first, and how many rows match in all. */
public record AuditPage(List<AuditRow> rows, long total) {
    public AuditPage {
        rows = List.copyOf(rows);
    }
}
