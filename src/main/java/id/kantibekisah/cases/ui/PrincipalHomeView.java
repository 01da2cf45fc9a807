package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.ui.LateStepsBanner;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.ui.PrincipalHomeViewModel.CategoryCount;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.reports.TermFigures;
import id.kantibekisah.terms.TermService;
import id.kantibekisah.ui.Badges;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Beranda for the principal: the term's figures and the cases escalated to the principal. */
public final class PrincipalHomeView implements View {
    private final UiContext ctx;
    private final PrincipalHomeViewModel vm;
    private final VBox root;
    private final Label term = new Label();
    private final HBox tiles = new HBox(12);
    private final LateStepsBanner lateTppk;

    public PrincipalHomeView(UiContext ctx, CaseService caseService, ReportService reports, TermService terms) {
        this(ctx, caseService, reports, terms, null);
    }

    /** With {@code ppksp}, late TPPK decisions of cases escalated to the principal head the Beranda. */
    public PrincipalHomeView(UiContext ctx, CaseService caseService, ReportService reports, TermService terms,
                             PpkspService ppksp) {
        this.ctx = ctx;
        this.lateTppk = ppksp == null ? null : new LateStepsBanner(ctx, ppksp);
        this.vm = new PrincipalHomeViewModel(ctx, caseService, reports, terms);

        Label greeting = new Label(ctx.text("home.greeting", ctx.actor().displayName()));
        greeting.getStyleClass().add(Styles.TITLE_3);
        term.setId("principal-term");
        term.getStyleClass().add(Styles.TEXT_MUTED);
        Button refresh = Fields.enterPresses(new Button(ctx.text("detail.refresh"), new FontIcon(Material2MZ.REFRESH)));
        refresh.setId("principal-refresh");
        refresh.getStyleClass().add(Styles.FLAT);
        refresh.setOnAction(e -> vm.load());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, new VBox(2, greeting, term), grow, refresh);
        top.setAlignment(Pos.CENTER_LEFT);

        tiles.setId("principal-figures");
        vm.figuresProperty().addListener((obs, old, f) -> renderFigures(f));

        TableView<CaseSummary> cases = escalatedTable();
        Label casesHint = new Label(ctx.text("principal.escalated.hint"));
        casesHint.setWrapText(true);
        casesHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label awaiting = new Label();
        awaiting.setId("principal-awaiting");
        awaiting.getStyleClass().addAll("label", "badge", "state-waiting");
        awaiting.textProperty().bind(vm.awaitingCountProperty().map(n -> ctx.text("principal.awaiting", n)));
        awaiting.visibleProperty().bind(vm.awaitingCountProperty().greaterThan(0));
        VBox casesCard = card(ctx.text("principal.escalated"), cases, casesHint);
        ((HBox) casesCard.getChildren().get(0)).getChildren().add(awaiting);
        HBox.setHgrow(casesCard, Priority.ALWAYS);

        TableView<CategoryCount> categories = new TableView<>(vm.byCategory());
        categories.setId("principal-categories");
        categories.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        categories.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        categories.setPlaceholder(new Label(ctx.text("principal.categories.empty")));
        TableColumn<CategoryCount, String> cat = new TableColumn<>(ctx.text("cases.col.category"));
        cat.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(ctx.messages().label(c.getValue().category())));
        cat.setPrefWidth(230);
        TableColumn<CategoryCount, Long> n = new TableColumn<>(ctx.text("principal.col.count"));
        n.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        n.getStyleClass().add("number-column");
        n.setPrefWidth(70);
        n.setMinWidth(70);
        categories.getColumns().setAll(List.of(cat, n));
        VBox categoryCard = card(ctx.text("principal.categories"), categories, null);
        categoryCard.setPrefWidth(340);
        categoryCard.setMinWidth(300);
        categoryCard.setMaxWidth(340);

        HBox bottom = new HBox(16, casesCard, categoryCard);
        VBox.setVgrow(bottom, Priority.ALWAYS);
        root = new VBox(16, top, tiles, bottom);
        if (lateTppk != null) {
            root.getChildren().add(2, lateTppk.node());
        }
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("principal-home");
    }

    private VBox card(String title, Node body, Node footer) {
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        HBox head = new HBox(10, heading);
        head.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, head, body);
        if (footer != null) {
            card.getChildren().add(footer);
        }
        VBox.setVgrow(body, Priority.ALWAYS);
        card.getStyleClass().add("detail-card");
        return card;
    }

    private void renderFigures(TermFigures f) {
        if (f == null) {
            return;
        }
        term.setText(ctx.text("principal.term", f.term().academicYear(), f.term().semester(),
                f.term().startDate(), f.term().endDate()));
        tiles.getChildren().setAll(
                tile("principal-opened", "principal.fig.opened", f.opened(), "tile-neutral"),
                tile("principal-open", "principal.fig.open", f.open(), "tile-info"),
                tile("principal-new", "principal.fig.new", f.newCases(), "tile-info"),
                tile("principal-resolved", "principal.fig.resolved", f.resolved(), "tile-success"),
                tile("principal-escalated", "principal.fig.escalated", f.escalated(), "tile-danger"));
    }

    private Node tile(String id, String key, long value, String style) {
        Label number = new Label(String.format(Locale.ROOT, "%d", value));
        number.setId(id);
        number.getStyleClass().addAll("tile-number");
        Label caption = new Label(ctx.text(key));
        caption.setWrapText(true);
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, "tile-caption");
        VBox tile = new VBox(2, number, caption);
        tile.getStyleClass().addAll("figure-tile", style);
        HBox.setHgrow(tile, Priority.ALWAYS);
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private TableView<CaseSummary> escalatedTable() {
        TableView<CaseSummary> t = new TableView<>(vm.escalated());
        t.setId("principal-escalated-table");
        t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.setPlaceholder(new Label(ctx.text("principal.escalated.empty")));
        t.getColumns().add(fixed(text("cases.col.code", 118, CaseSummary::code)));
        TableColumn<CaseSummary, String> students = text("cases.col.students", 170, CaseSummary::studentNames);
        students.setMinWidth(120);
        t.getColumns().add(students);
        t.getColumns().add(fixed(text("cases.col.class", 62, CaseSummary::classes)));
        TableColumn<CaseSummary, String> category = text("cases.col.category", 160,
                c -> ctx.messages().label(c.category()));
        category.setMinWidth(120);
        t.getColumns().add(category);
        t.getColumns().add(badge("cases.col.risk", 92, CaseSummary::risk, "risk"));
        t.getColumns().add(badge("cases.col.status", 112, CaseSummary::status, "status"));
        TableColumn<CaseSummary, CaseSummary> answer = new TableColumn<>(ctx.text("principal.col.answer"));
        answer.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        answer.setCellFactory(col -> new TableCell<>() {
            private final Label pill = new Label();

            @Override
            protected void updateItem(CaseSummary item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                boolean waiting = vm.awaitsAnswer(item);
                pill.setText(ctx.text(waiting ? "principal.answer.waiting" : "principal.answer.done"));
                pill.getStyleClass().setAll("label", "badge", waiting ? "state-waiting" : "state-done");
                setGraphic(pill);
            }
        });
        answer.setPrefWidth(110);
        answer.setMinWidth(110);
        t.getColumns().add(answer);
        opensCase(t);
        return t;
    }

    private void opensCase(TableView<CaseSummary> t) {
        t.setOnKeyPressed(e -> {
            CaseSummary c = t.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && c != null) {
                e.consume();
                vm.open(c);
            }
        });
        t.setRowFactory(tv -> {
            TableRow<CaseSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
    }

    private static <T> TableColumn<CaseSummary, T> fixed(TableColumn<CaseSummary, T> col) {
        col.setMinWidth(col.getPrefWidth());
        return col;
    }

    private TableColumn<CaseSummary, String> text(String key, double width, Function<CaseSummary, String> value) {
        TableColumn<CaseSummary, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private <E extends Enum<E> & Labeled> TableColumn<CaseSummary, E> badge(
            String key, double width, Function<CaseSummary, E> value, String prefix) {
        TableColumn<CaseSummary, E> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        col.setCellFactory(Badges.cells(ctx.messages(), prefix));
        return col;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.load();
        if (lateTppk != null) {
            lateTppk.load();
        }
    }
}
