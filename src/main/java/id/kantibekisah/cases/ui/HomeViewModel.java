package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.Attention;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.DueFollowUp;
import id.kantibekisah.ui.UiContext;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Beranda, the counselor's home: what needs attention today. New intakes nobody has reviewed, follow-ups past
 * their date and those due this week, and open urgent cases, each opening its case.
 */
public final class HomeViewModel {
    private final UiContext ctx;
    private final CaseService cases;
    private final ObservableList<CaseSummary> unreviewed = FXCollections.observableArrayList();
    private final ObservableList<DueFollowUp> overdue = FXCollections.observableArrayList();
    private final ObservableList<DueFollowUp> dueThisWeek = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> urgent = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> unreviewedView = FXCollections.unmodifiableObservableList(unreviewed);
    private final ObservableList<DueFollowUp> overdueView = FXCollections.unmodifiableObservableList(overdue);
    private final ObservableList<DueFollowUp> dueThisWeekView = FXCollections.unmodifiableObservableList(dueThisWeek);
    private final ObservableList<CaseSummary> urgentView = FXCollections.unmodifiableObservableList(urgent);

    public HomeViewModel(UiContext ctx, CaseService cases) {
        this.ctx = ctx;
        this.cases = cases;
    }

    public void load() {
        ctx.tasks().run(null, p -> cases.attention(ctx.actor()), (Attention a) -> {
            unreviewed.setAll(a.unreviewed());
            overdue.setAll(a.overdue());
            dueThisWeek.setAll(a.dueThisWeek());
            urgent.setAll(a.urgent());
        }, ctx.notifier()::error);
    }

    public void open(long caseId) {
        ctx.navigator().openCase(caseId);
    }

    public ObservableList<CaseSummary> unreviewed() {
        return unreviewedView;
    }

    public ObservableList<DueFollowUp> overdue() {
        return overdueView;
    }

    public ObservableList<DueFollowUp> dueThisWeek() {
        return dueThisWeekView;
    }

    public ObservableList<CaseSummary> urgent() {
        return urgentView;
    }
}
