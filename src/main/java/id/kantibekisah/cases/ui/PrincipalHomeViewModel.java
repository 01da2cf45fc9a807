package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.Category;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.reports.TermFigures;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The principal's home: the current term's figures (counts only) and the cases the BK team escalated to the
 * principal, which the principal opens read-only and answers.
 */
public final class PrincipalHomeViewModel {
    /** One line of the by-category table. */
    public record CategoryCount(Category category, long count) {
    }

    private final UiContext ctx;
    private final CaseService cases;
    private final ReportService reports;
    private final TermService terms;
    private final ReadOnlyObjectWrapper<TermFigures> figures = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CategoryCount> byCategory = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> escalated = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> escalatedView = FXCollections.unmodifiableObservableList(escalated);
    private final ObservableList<CategoryCount> byCategoryView = FXCollections.unmodifiableObservableList(byCategory);

    public PrincipalHomeViewModel(UiContext ctx, CaseService cases, ReportService reports, TermService terms) {
        this.ctx = ctx;
        this.cases = cases;
        this.reports = reports;
        this.terms = terms;
    }

    private final Set<Long> awaiting = new HashSet<>();
    private final ReadOnlyIntegerWrapper awaitingCount = new ReadOnlyIntegerWrapper(0);

    private record Loaded(TermFigures figures, List<CaseSummary> escalated, Set<Long> awaiting) {
    }

    public void load() {
        ctx.tasks().run(null, p -> {
            Term term = terms.current();
            return new Loaded(reports.figures(ctx.actor(), term),
                    cases.escalatedToPrincipal(ctx.actor()),
                    cases.awaitingAcknowledgement(ctx.actor()));
        }, (Loaded l) -> {
            figures.set(l.figures());
            byCategory.setAll(sorted(l.figures().byCategory()));
            awaiting.clear();
            awaiting.addAll(l.awaiting());
            escalated.setAll(l.escalated());
            awaitingCount.set((int) l.escalated().stream().filter(this::awaitsAnswer).count());
        }, ctx.notifier()::error);
    }

    /** Categories with cases, most first; ties in the order of the category list. */
    static List<CategoryCount> sorted(Map<Category, Long> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> new CategoryCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(CategoryCount::count).reversed()
                        .thenComparing(CategoryCount::category))
                .toList();
    }

    /** The principal has not answered this case's escalation yet. */
    public boolean awaitsAnswer(CaseSummary c) {
        return awaiting.contains(c.id());
    }

    /** How many of the listed cases wait for the principal's answer. */
    public ReadOnlyIntegerProperty awaitingCountProperty() {
        return awaitingCount.getReadOnlyProperty();
    }

    public void open(CaseSummary c) {
        ctx.navigator().openCase(c.id());
    }

    public ReadOnlyObjectProperty<TermFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObservableList<CategoryCount> byCategory() {
        return byCategoryView;
    }

    public ObservableList<CaseSummary> escalated() {
        return escalatedView;
    }
}
