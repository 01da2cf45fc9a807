package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.ui.LateStepsBanner;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.DueFollowUp;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Badges;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.ScreenIds;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.ToLongFunction;

/** Beranda for counselors: four lists of what needs attention today; Enter or a double click opens the case. */
public final class HomeView implements View {
    private final UiContext ctx;
    private final HomeViewModel vm;
    private final VBox root;
    private final LateStepsBanner lateTppk;

    public HomeView(UiContext ctx, CaseService cases, StudentService students) {
        this(ctx, cases, students, null);
    }

    /** With {@code ppksp}, TPPK steps past their deadline head the Beranda. */
    public HomeView(UiContext ctx, CaseService cases, StudentService students, PpkspService ppksp) {
        this.ctx = ctx;
        this.lateTppk = ppksp == null ? null : new LateStepsBanner(ctx, ppksp);
        this.vm = new HomeViewModel(ctx, cases);

        Label greeting = new Label(ctx.text("home.greeting", ctx.actor().displayName()));
        greeting.getStyleClass().add(Styles.TITLE_3);
        greeting.setId("home-greeting");
        Label today = new Label(ctx.text("home.today", ctx.today()));
        today.getStyleClass().add(Styles.TEXT_MUTED);
        VBox hello = new VBox(2, greeting, today);
        Button newCase = Fields.enterPresses(new Button(ctx.text("cases.new"), new FontIcon(Material2AL.ADD)));
        newCase.setId("home-new-case");
        newCase.getStyleClass().add(Styles.ACCENT);
        newCase.setOnAction(e -> ctx.navigator().showView(new NewCaseView(ctx, cases, students),
                ctx.text("screen.newCase")));
        Button all = Fields.enterPresses(new Button(ctx.text("home.allCases"), new FontIcon(Material2MZ.VIEW_LIST)));
        all.setId("home-all-cases");
        all.setOnAction(e -> ctx.navigator().show(ScreenIds.CASES));
        Button refresh = Fields.enterPresses(new Button(ctx.text("detail.refresh"), new FontIcon(Material2MZ.REFRESH)));
        refresh.setId("home-refresh");
        refresh.getStyleClass().add(Styles.FLAT);
        refresh.setOnAction(e -> vm.load());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(10, hello, grow, refresh, all, newCase);
        top.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        RowConstraints row = new RowConstraints();
        row.setPercentHeight(50);
        row.setVgrow(Priority.ALWAYS);
        grid.getRowConstraints().setAll(row, row);
        grid.add(card("home-unreviewed", "home.unreviewed", "home.unreviewed.empty", Material2AL.INBOX,
                cases(vm.unreviewed(), "home-unreviewed"), vm.unreviewed(), "count-info"), 0, 0);
        grid.add(card("home-urgent", "home.urgent", "home.urgent.empty", Material2MZ.PRIORITY_HIGH,
                cases(vm.urgent(), "home-urgent"), vm.urgent(), "count-danger"), 1, 0);
        grid.add(card("home-overdue", "home.overdue", "home.overdue.empty", Material2AL.ASSIGNMENT_LATE,
                followUps(vm.overdue(), "home-overdue"), vm.overdue(), "count-danger"), 0, 1);
        grid.add(card("home-week", "home.week", "home.week.empty", Material2AL.EVENT,
                followUps(vm.dueThisWeek(), "home-week"), vm.dueThisWeek(), "count-info"), 1, 1);
        VBox.setVgrow(grid, Priority.ALWAYS);

        root = new VBox(16, top, grid);
        if (lateTppk != null) {
            root.getChildren().add(1, lateTppk.node());
        }
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("home-view");
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                vm.load();
                if (lateTppk != null) {
                    lateTppk.load();
                }
            }
        });
    }

    private VBox card(String id, String titleKey, String emptyKey, Ikon icon, ListView<?> list,
                      ObservableList<?> items, String countStyle) {
        Label title = new Label(ctx.text(titleKey), new FontIcon(icon));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        Label count = new Label();
        count.setId(id + "-count");
        count.textProperty().bind(Bindings.size(items).asString());
        count.getStyleClass().addAll("label", "badge", countStyle);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox heading = new HBox(8, title, grow, count);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label empty = new Label(ctx.text(emptyKey));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox card = new VBox(8, heading, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        card.getStyleClass().addAll("detail-card", "home-card");
        card.setMinHeight(0);
        return card;
    }

    private ListView<CaseSummary> cases(ObservableList<CaseSummary> items, String id) {
        ListView<CaseSummary> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("home-list");
        list.setCellFactory(l -> new ListCell<>() {
            {
                // Cells as wide as the list: long lines end in "..." instead of scrolling sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(CaseSummary c, boolean empty) {
                super.updateItem(c, empty);
                if (empty || c == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label code = new Label(c.code());
                code.getStyleClass().add(Styles.TEXT_BOLD);
                HBox first = new HBox(8, code, Badges.of(ctx.messages(), c.status(), "status"));
                if (c.risk() == RiskLevel.URGENT || c.risk() == RiskLevel.HIGH) {
                    first.getChildren().add(Badges.of(ctx.messages(), c.risk(), "risk"));
                }
                first.setAlignment(Pos.CENTER_LEFT);
                Label second = new Label(ctx.text("home.caseLine", nonNull(c.studentNames()), nonNull(c.classes()),
                        c.category(), Formats.numericDate(c.openedOn())));
                second.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setGraphic(new VBox(2, first, second));
                setText(null);
            }
        });
        opensOnEnterOrDoubleClick(list, CaseSummary::id);
        return list;
    }

    private ListView<DueFollowUp> followUps(ObservableList<DueFollowUp> items, String id) {
        ListView<DueFollowUp> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("home-list");
        list.setCellFactory(l -> new ListCell<>() {
            {
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(DueFollowUp f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                LocalDate today = ctx.today();
                Label code = new Label(f.caseCode());
                code.getStyleClass().add(Styles.TEXT_BOLD);
                Label due = new Label(f.dueOn().isBefore(today)
                        ? ctx.text("home.dueOverdue", Formats.numericDate(f.dueOn()),
                        ChronoUnit.DAYS.between(f.dueOn(), today))
                        : ctx.text("home.due", Formats.numericDate(f.dueOn())));
                if (f.dueOn().isBefore(today)) {
                    due.getStyleClass().add("overdue-text");
                }
                HBox first = new HBox(8, code, due);
                first.setAlignment(Pos.CENTER_LEFT);
                Label second = new Label(ctx.text("home.followUpLine", f.description(), f.assigneeName()));
                second.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                setGraphic(new VBox(2, first, second));
                setText(null);
            }
        });
        opensOnEnterOrDoubleClick(list, DueFollowUp::caseId);
        return list;
    }

    private <T> void opensOnEnterOrDoubleClick(ListView<T> list, ToLongFunction<T> caseId) {
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                e.consume();
                vm.open(caseId.applyAsLong(item));
            }
        });
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && item != null) {
                vm.open(caseId.applyAsLong(item));
            }
        });
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
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
