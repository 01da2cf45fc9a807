package id.kantibekisah.cases;

import java.util.List;

/** What needs a counselor's attention today (Beranda). */
public record Attention(List<CaseSummary> unreviewed, List<DueFollowUp> overdue, List<DueFollowUp> dueThisWeek,
                        List<CaseSummary> urgent) {
    public Attention {
        unreviewed = List.copyOf(unreviewed);
        overdue = List.copyOf(overdue);
        dueThisWeek = List.copyOf(dueThisWeek);
        urgent = List.copyOf(urgent);
    }
}
