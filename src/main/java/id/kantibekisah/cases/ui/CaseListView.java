package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.cases.CaseSort;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.Badges;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.Pager;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Kasus: the counselor's list of cases with search, filters, server-side sorting and paging. */
public final class CaseListView implements View {
    private static final PseudoClass URGENT = PseudoClass.getPseudoClass("urgent");
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");

    private final UiContext ctx;
    private final CaseListViewModel vm;
    private final VBox root;
    private final TableView<CaseSummary> table = new TableView<>();
    private final Map<TableColumn<CaseSummary, ?>, CaseSort> sortOf = new IdentityHashMap<>();

    public CaseListView(UiContext ctx, CaseService cases, StudentService students, TermService terms) {
        this(ctx, cases, students, terms, null);
    }

    /** With {@code ppksp}, the list also filters the cases past a PPKSP deadline. */
    public CaseListView(UiContext ctx, CaseService cases, StudentService students, TermService terms,
                        PpkspService ppksp) {
        this.ctx = ctx;
        this.vm = new CaseListViewModel(ctx, cases, students, terms);

        TextField search = new TextField();
        search.setId("cases-search");
        search.setPromptText(ctx.text("cases.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        search.setPrefColumnCount(26);
        Label searchIcon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        HBox searchBox = new HBox(6, searchIcon, search);
        searchBox.setAlignment(Pos.CENTER_LEFT);

        CheckBox mine = new CheckBox(ctx.text("cases.filter.mine"));
        mine.setId("cases-mine");
        mine.selectedProperty().bindBidirectional(vm.mineProperty());
        CheckBox overdue = new CheckBox(ctx.text("cases.filter.overdue"));
        overdue.setId("cases-overdue");
        overdue.selectedProperty().bindBidirectional(vm.overdueProperty());
        Button clear = new Button(ctx.text("filter.clear"), new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("cases-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> vm.onClearFilters());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.setId("cases-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("cases.count", vm.totalProperty().get()), vm.totalProperty()));
        Button newCase = Fields.enterPresses(new Button(ctx.text("cases.new"), new FontIcon(Material2AL.ADD)));
        newCase.setId("cases-new");
        newCase.getStyleClass().add(Styles.ACCENT);
        newCase.setOnAction(e -> ctx.navigator().showView(new NewCaseView(ctx, cases, students),
                ctx.text("screen.newCase")));
        HBox row1 = new HBox(16, searchBox, mine, overdue, clear, grow, count, newCase);
        if (ppksp != null) {
            vm.usePpkspLateCases(() -> ppksp.lateCaseIds(ctx.actor()));
            CheckBox late = new CheckBox(ctx.text("cases.filter.ppkspLate"));
            late.setId("cases-ppksp-late");
            late.selectedProperty().bindBidirectional(vm.ppkspLateProperty());
            row1.getChildren().add(row1.getChildren().indexOf(overdue) + 1, late);
        }
        row1.setAlignment(Pos.CENTER_LEFT);

        HBox row2 = new HBox(10,
                filter("cases-status", "cases.filter.status", vm.statusChoices(), vm.statusProperty()),
                filter("cases-category", "cases.filter.category", vm.categoryChoices(), vm.categoryProperty()),
                filter("cases-risk", "cases.filter.risk", vm.riskChoices(), vm.riskProperty()),
                filter("cases-class", "cases.filter.class", vm.classChoices(), vm.classNameProperty()),
                filter("cases-term", "cases.filter.term", vm.termChoices(), vm.termProperty()));
        row2.setAlignment(Pos.CENTER_LEFT);

        buildTable();

        List<Node> pager = Pager.controls(ctx.messages(), "cases", vm.offsetProperty(), vm.totalProperty(),
                CaseListViewModel.PAGE_SIZE, vm::onPreviousPage, vm::onNextPage);
        Label legend = new Label(ctx.text("cases.legendOpen"));
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region footerGrow = new Region();
        HBox.setHgrow(footerGrow, Priority.ALWAYS);
        HBox footer = new HBox(8, legend, footerGrow);
        footer.getChildren().addAll(pager);
        footer.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, row1, row2, table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("cases-view");
    }

    private <T> VBox filter(String id, String labelKey,
                            ObservableList<Choice<T>> items,
                            ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(170);
        Label label = new Label(ctx.text(labelKey));
        label.setLabelFor(box);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return new VBox(2, label, box);
    }

    private void buildTable() {
        table.setId("cases-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("cases.empty")));
        table.getColumns().add(fixed(column("cases.col.code", 118, CaseSort.CODE, CaseSummary::code)));
        TableColumn<CaseSummary, String> students = column("cases.col.students", 200, CaseSort.STUDENTS,
                CaseSummary::studentNames);
        students.setMinWidth(150);
        table.getColumns().add(students);
        table.getColumns().add(fixed(column("cases.col.class", 62, CaseSort.CLASSES, CaseSummary::classes)));
        TableColumn<CaseSummary, String> category = column("cases.col.category", 170, CaseSort.CATEGORY,
                c -> ctx.messages().label(c.category()));
        category.setMinWidth(130);
        table.getColumns().add(category);
        table.getColumns().add(fixed(badgeColumn("cases.col.risk", 92, CaseSort.RISK, CaseSummary::risk, "risk")));
        table.getColumns().add(fixed(badgeColumn("cases.col.status", 112, CaseSort.STATUS, CaseSummary::status,
                "status")));
        table.getColumns().add(fixed(column("cases.col.opened", 96, CaseSort.OPENED,
                c -> Formats.numericDate(c.openedOn()))));
        TableColumn<CaseSummary, String> counselor = column("cases.col.counselor", 140, CaseSort.COUNSELOR,
                c -> c.counselorName() == null ? ctx.text("cases.unassigned") : c.counselorName());
        counselor.setMinWidth(110);
        table.getColumns().add(counselor);
        TableColumn<CaseSummary, LocalDate> follow = fixed(new TableColumn<>(ctx.text("cases.col.nextFollowUp")));
        follow.setPrefWidth(114);
        follow.setMinWidth(114);
        follow.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().nextFollowUp()));
        follow.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.numericDate(item));
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.isBefore(ctx.today()));
            }
        });
        sortOf.put(follow, CaseSort.NEXT_FOLLOW_UP);
        table.getColumns().add(follow);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(URGENT, !empty && item != null && item.risk() == RiskLevel.URGENT
                        && item.status().isOpen());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                e.consume();
                ctx.navigator().openCase(table.getSelectionModel().getSelectedItem().id());
            }
        });
        table.setOnMouseClicked(e -> {
            CaseSummary selected = table.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && selected != null
                    && e.getTarget() instanceof Node n && isInRow(n)) {
                ctx.navigator().openCase(selected.id());
            }
        });
        // The database sorts (the list holds one page); the table only reports what the user clicked.
        table.setSortPolicy(t -> true);
        table.getSortOrder().addListener((ListChangeListener<TableColumn<CaseSummary, ?>>) c ->
                sortChanged());
    }

    /** A double click on a column header sorts; only one on a row opens the case. */
    private static boolean isInRow(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableRow<?> row) {
                return !row.isEmpty();
            }
        }
        return false;
    }

    private void sortChanged() {
        if (table.getSortOrder().isEmpty()) {
            vm.sortBy(CaseSort.OPENED, false);
            return;
        }
        TableColumn<CaseSummary, ?> first = table.getSortOrder().get(0);
        CaseSort sort = sortOf.get(first);
        if (sort != null) {
            vm.sortBy(sort, first.getSortType() == TableColumn.SortType.ASCENDING);
        }
    }

    /** A column that keeps its width; the students, category and counselor columns take what is left. */
    private static <T> TableColumn<CaseSummary, T> fixed(TableColumn<CaseSummary, T> col) {
        col.setMinWidth(col.getPrefWidth());
        return col;
    }

    private TableColumn<CaseSummary, String> column(String key, double width, CaseSort sort,
                                                    Function<CaseSummary, String> value) {
        TableColumn<CaseSummary, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.sortTypeProperty().addListener((obs, o, n) -> sortChanged());
        sortOf.put(col, sort);
        return col;
    }

    private <E extends Enum<E> & Labeled> TableColumn<CaseSummary, E> badgeColumn(
            String key, double width, CaseSort sort, Function<CaseSummary, E> value, String stylePrefix) {
        TableColumn<CaseSummary, E> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(Badges.cells(ctx.messages(), stylePrefix));
        col.sortTypeProperty().addListener((obs, o, n) -> sortChanged());
        sortOf.put(col, sort);
        return col;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.activate();
    }

    @Override
    public void onDeactivate() {
        vm.deactivate();
    }

    CaseListViewModel viewModel() {
        return vm;
    }
}
