package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CasePage;
import id.kantibekisah.cases.CaseQuery;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseSort;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.UiContext;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * State of the counselor's case list: the filters, one page of rows and the number of matching cases. Every
 * change of a filter reloads the first page from the database (typing in the search box waits for a pause), so
 * the list never holds more than a page.
 */
public final class CaseListViewModel {
    public static final int PAGE_SIZE = 100;
    static final Set<CaseStatus> OPEN = EnumSet.of(CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.IN_PROGRESS,
            CaseStatus.ESCALATED);

    private final UiContext ctx;
    private final CaseService cases;
    private final StudentService students;
    private final TermService terms;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Set<CaseStatus>>> status = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Category>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<RiskLevel>> risk = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<String>> className = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Long>> term = new SimpleObjectProperty<>();
    private final BooleanProperty mine = new SimpleBooleanProperty(false);
    private final BooleanProperty overdue = new SimpleBooleanProperty(false);
    private final BooleanProperty ppkspLate = new SimpleBooleanProperty(false);
    /** The cases past a PPKSP deadline (from the PPKSP feature); null when the screen has no such filter. */
    private java.util.function.Supplier<Set<Long>> ppkspLateCases;
    private final ObservableList<Choice<Set<CaseStatus>>> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Category>> categoryChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<RiskLevel>> riskChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<String>> classChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> termChoices = FXCollections.observableArrayList();
    private final ObservableList<CaseSummary> rows = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyIntegerWrapper offset = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private CaseSort sort = CaseSort.OPENED;
    private boolean ascending = false;
    private long generation;
    /** Set while "clear filters" resets every filter, so that they reload once, not seven times. */
    private boolean clearing;

    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));
    private final InvalidationListener filterChanged = this::filterChanged;
    private final InvalidationListener searchChanged = obs -> searchPause.playFromStart();

    public CaseListViewModel(UiContext ctx, CaseService cases, StudentService students, TermService terms) {
        this.ctx = ctx;
        this.cases = cases;
        this.students = students;
        this.terms = terms;
        statusChoices.add(new Choice<>(Set.of(), ctx.text("filter.all")));
        statusChoices.add(new Choice<>(OPEN, ctx.text("cases.filter.open")));
        for (CaseStatus s : CaseStatus.values()) {
            statusChoices.add(new Choice<>(Set.of(s), ctx.messages().label(s)));
        }
        categoryChoices.add(new Choice<>(null, ctx.text("filter.all")));
        for (Category c : Category.values()) {
            categoryChoices.add(new Choice<>(c, ctx.messages().label(c)));
        }
        riskChoices.add(new Choice<>(null, ctx.text("filter.all")));
        for (RiskLevel r : RiskLevel.values()) {
            riskChoices.add(new Choice<>(r, ctx.messages().label(r)));
        }
        classChoices.add(new Choice<>(null, ctx.text("filter.all")));
        termChoices.add(new Choice<>(null, ctx.text("filter.allTerms")));
        status.set(statusChoices.get(1));
        category.set(categoryChoices.get(0));
        risk.set(riskChoices.get(0));
        className.set(classChoices.get(0));
        term.set(termChoices.get(0));
        searchPause.setOnFinished(e -> reload(0));
    }

    /** Loads the filter choices and the first page; starts listening to the filters. */
    public void activate() {
        filters().forEach(f -> f.addListener(filterChanged));
        search.addListener(searchChanged);
        ctx.tasks().run(null, p -> new Options(students.classes(ctx.actor()),
                terms.list()), this::setOptions, ctx.notifier()::error);
        reload(0);
    }

    /** Stops listening; the screen is gone. */
    public void deactivate() {
        filters().forEach(f -> f.removeListener(filterChanged));
        search.removeListener(searchChanged);
        searchPause.stop();
    }

    private List<Observable> filters() {
        return List.of(status, category, risk, className, term, mine, overdue, ppkspLate);
    }

    private record Options(List<String> classes, List<Term> terms) {
    }

    private void setOptions(Options o) {
        List<Choice<String>> classes = new ArrayList<>();
        classes.add(classChoices.get(0));
        o.classes().forEach(c -> classes.add(new Choice<>(c, c)));
        Choice<String> selectedClass = className.get();
        classChoices.setAll(classes);
        className.set(classes.stream().filter(c -> c.equals(selectedClass)).findFirst().orElse(classes.get(0)));
        List<Choice<Long>> terms = new ArrayList<>();
        terms.add(termChoices.get(0));
        o.terms().forEach(t -> terms.add(new Choice<>(t.id(),
                t.academicYear() + " " + ctx.messages().label(t.semester()))));
        Choice<Long> selectedTerm = term.get();
        termChoices.setAll(terms);
        term.set(terms.stream().filter(t -> t.equals(selectedTerm)).findFirst().orElse(terms.get(0)));
    }

    private void filterChanged(Observable obs) {
        if (!clearing) {
            reload(0);
        }
    }

    public void sortBy(CaseSort newSort, boolean asc) {
        if (newSort == sort && asc == ascending) {
            return;
        }
        sort = newSort;
        ascending = asc;
        reload(0);
    }

    public void onNextPage() {
        if (offset.get() + PAGE_SIZE < total.get()) {
            reload(offset.get() + PAGE_SIZE);
        }
    }

    public void onPreviousPage() {
        if (offset.get() > 0) {
            reload(Math.max(0, offset.get() - PAGE_SIZE));
        }
    }

    public void onClearFilters() {
        clearing = true;
        searchPause.stop();
        search.set("");
        status.set(statusChoices.get(0));
        category.set(categoryChoices.get(0));
        risk.set(riskChoices.get(0));
        className.set(classChoices.get(0));
        term.set(termChoices.get(0));
        mine.set(false);
        overdue.set(false);
        ppkspLate.set(false);
        searchPause.stop();
        clearing = false;
        reload(0);
    }

    public void reload() {
        reload(offset.get());
    }

    CaseQuery query(int pageOffset) {
        return new CaseQuery(search.get(), status.get() == null ? Set.of() : status.get().value(),
                value(category), value(risk), value(className), value(term), mine.get(), overdue.get(), sort,
                ascending, pageOffset, PAGE_SIZE);
    }

    private static <T> T value(ObjectProperty<Choice<T>> p) {
        return p.get() == null ? null : p.get().value();
    }

    private void reload(int pageOffset) {
        long mineGeneration = ++generation;
        CaseQuery q = query(pageOffset);
        loading.set(true);
        boolean late = ppkspLate.get() && ppkspLateCases != null;
        ctx.tasks().run(null, p -> cases.list(ctx.actor(), late ? q.withOnlyIds(ppkspLateCases.get()) : q),
                (CasePage page) -> {
            if (mineGeneration != generation) {
                return; // an older answer arriving after a newer request
            }
            loading.set(false);
            rows.setAll(page.rows());
            total.set(page.total());
            offset.set(pageOffset);
        }, e -> {
            loading.set(false);
            ctx.notifier().error(e);
        });
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Choice<Set<CaseStatus>>> statusProperty() {
        return status;
    }

    public ObjectProperty<Choice<Category>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<RiskLevel>> riskProperty() {
        return risk;
    }

    public ObjectProperty<Choice<String>> classNameProperty() {
        return className;
    }

    public ObjectProperty<Choice<Long>> termProperty() {
        return term;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public BooleanProperty overdueProperty() {
        return overdue;
    }

    /** Only the cases with a TPPK step past its deadline. */
    public BooleanProperty ppkspLateProperty() {
        return ppkspLate;
    }

    /** Turns on the PPKSP deadline filter; {@code lateCases} runs off the FX thread. */
    public void usePpkspLateCases(java.util.function.Supplier<Set<Long>> lateCases) {
        this.ppkspLateCases = lateCases;
    }

    public ObservableList<Choice<Set<CaseStatus>>> statusChoices() {
        return statusChoices;
    }

    public ObservableList<Choice<Category>> categoryChoices() {
        return categoryChoices;
    }

    public ObservableList<Choice<RiskLevel>> riskChoices() {
        return riskChoices;
    }

    public ObservableList<Choice<String>> classChoices() {
        return classChoices;
    }

    public ObservableList<Choice<Long>> termChoices() {
        return termChoices;
    }

    public ObservableList<CaseSummary> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty offsetProperty() {
        return offset.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }
}
