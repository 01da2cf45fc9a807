package id.kantibekisah.audit.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.audit.AuditRow;
import id.kantibekisah.audit.AuditService;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.students.StudentService;
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
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Log audit: who did what, when, to which case (and, for the BK team, to which student). Filters by user, action,
 * outcome, case code, student and date range; one page of rows at a time. The admin has the database check here.
 */
public final class AuditView implements View {
    private final UiContext ctx;
    private final AuditViewModel vm;
    private final VBox root;
    private final TableView<AuditRow> table = new TableView<>();
    private final ListView<StudentChoice> studentList = new ListView<>();

    public AuditView(UiContext ctx, AuditService auditService, StudentService students) {
        this.ctx = ctx;
        this.vm = new AuditViewModel(ctx, auditService, students);

        HBox filters = new HBox(10,
                combo("audit-user", "audit.filter.user", vm.users(), vm.userProperty(), 230),
                combo("audit-action", "audit.filter.action", vm.actions(), vm.actionProperty(), 210),
                combo("audit-outcome", "audit.filter.outcome", vm.outcomes(), vm.outcomeProperty(), 120),
                caseField());
        filters.setAlignment(Pos.BOTTOM_LEFT);
        HBox second = new HBox(10);
        second.setAlignment(Pos.BOTTOM_LEFT);
        if (vm.seesStudents()) {
            second.getChildren().add(studentFilter());
        }
        second.getChildren().addAll(date("audit-from", "audit.filter.from", vm.fromProperty()),
                date("audit-to", "audit.filter.to", vm.toProperty()));
        Button clear = new Button(ctx.text("filter.clear"), new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("audit-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> vm.onClear());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.setId("audit-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> ctx.text("audit.count",
                vm.totalProperty().get()), vm.totalProperty()));
        second.getChildren().addAll(clear, grow, count);

        buildTable();

        List<Node> pager = Pager.controls(ctx.messages(), "audit", vm.offsetProperty(), vm.totalProperty(),
                AuditViewModel.PAGE_SIZE, vm::onPreviousPage, vm::onNextPage);
        Label note = new Label(ctx.text(vm.seesStudents() ? "audit.note.counselor" : "audit.note.admin"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        HBox footer = new HBox(8, note);
        footer.getChildren().addAll(pager);
        footer.setAlignment(Pos.CENTER_LEFT);

        root = new VBox(10, filters, second);
        if (vm.seesStudents()) {
            root.getChildren().add(studentList);
        }
        if (vm.canVerify()) {
            root.getChildren().add(verifyBar());
        }
        root.getChildren().addAll(table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("audit-view");
    }

    private Node verifyBar() {
        Button verify = new Button(ctx.text("audit.verify"), new FontIcon(Material2MZ.VERIFIED_USER));
        verify.setId("audit-verify");
        verify.disableProperty().bind(vm.verifyingProperty());
        verify.setOnAction(e -> vm.onVerify());
        Label result = new Label();
        result.setId("audit-verify-result");
        result.setWrapText(true);
        result.textProperty().bind(vm.verifyResultProperty());
        vm.verifyOkProperty().addListener((obs, old, ok) -> result.getStyleClass()
                .setAll("label", ok ? Styles.SUCCESS : Styles.DANGER));
        result.getStyleClass().add(Styles.SUCCESS);
        Label hint = new Label(ctx.text("audit.verify.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox text = new VBox(2, result, hint);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(12, verify, text);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("verify-bar");
        return bar;
    }

    private <T> VBox combo(String id, String key, ObservableList<Choice<T>> items, ObjectProperty<Choice<T>> value,
                           double width) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setPrefWidth(width);
        box.setVisibleRowCount(14);
        return labelled(key, box);
    }

    private VBox caseField() {
        TextField code = new TextField();
        code.setId("audit-case");
        code.setPromptText("KB-2026-0042");
        code.setPrefColumnCount(11);
        code.textProperty().bindBidirectional(vm.caseCodeProperty());
        return labelled("audit.filter.case", code);
    }

    /**
     * Type part of a name, an NISN or a class; matches appear in a list under the filters (click or Enter picks
     * one). The chosen student shows as a chip with a button to remove it.
     */
    private VBox studentFilter() {
        TextField search = new TextField();
        search.setId("audit-student-search");
        search.setPromptText(ctx.text("audit.filter.student.prompt"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.studentSearchProperty());
        studentList.setId("audit-student-results");
        studentList.setItems(vm.studentResults());
        studentList.setPrefHeight(132);
        studentList.setMaxWidth(420);
        studentList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StudentChoice s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : ctx.text("users.studentOf", s.name(), s.className()));
            }
        });
        studentList.visibleProperty().bind(Bindings.isNotEmpty(vm.studentResults())
                .and(vm.studentProperty().isNull()));
        studentList.managedProperty().bind(studentList.visibleProperty());
        studentList.setOnMouseClicked(e -> pickFromList());
        studentList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickFromList();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.requestFocus();
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !vm.studentResults().isEmpty()) {
                studentList.requestFocus();
                studentList.getSelectionModel().selectFirst();
            } else if (e.getCode() == KeyCode.ENTER && vm.studentResults().size() == 1) {
                vm.pickStudent(vm.studentResults().get(0));
            }
        });
        Label chosen = new Label();
        chosen.setId("audit-student");
        chosen.getStyleClass().add("filter-chip");
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.studentProperty().get() == null ? ""
                : ctx.text("audit.filter.studentChosen", vm.studentProperty().get().name(),
                vm.studentProperty().get().className()), vm.studentProperty()));
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.setId("audit-student-clear");
        remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        remove.setOnAction(e -> {
            vm.studentProperty().set(null);
            search.requestFocus();
        });
        HBox chip = new HBox(2, chosen, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.visibleProperty().bind(vm.studentProperty().isNotNull());
        search.visibleProperty().bind(vm.studentProperty().isNull());
        StackPane both = new StackPane(search, chip);
        both.setAlignment(Pos.CENTER_LEFT);
        return labelled("audit.filter.student", both);
    }

    private void pickFromList() {
        StudentChoice s = studentList.getSelectionModel().getSelectedItem();
        if (s != null) {
            vm.pickStudent(s);
        }
    }

    private VBox date(String id, String key, ObjectProperty<LocalDate> value) {
        DatePicker picker = Fields.datePicker(ctx.messages());
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.valueProperty().bindBidirectional(value);
        return labelled(key, picker);
    }

    private VBox labelled(String key, Node control) {
        Label label = new Label(ctx.text(key));
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        if (control instanceof javafx.scene.control.Control c) {
            label.setLabelFor(c);
        }
        return new VBox(2, label, control);
    }

    private void buildTable() {
        table.setId("audit-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("audit.empty")));
        table.getColumns().add(column("audit.col.when", 140,
                r -> Formats.dateTime(ctx.messages(), r.at(), ctx.clock().getZone())));
        table.getColumns().add(column("audit.col.user", 190, r -> r.userName() == null
                ? (r.role() == id.kantibekisah.access.Role.CADRE ? ctx.text("audit.user.cadreHidden") : "")
                : r.role() == null && "cli".equals(r.userName())
                ? ctx.messages().label(id.kantibekisah.access.Role.SYSTEM) : r.userName()));
        table.getColumns().add(column("audit.col.role", 110, r -> r.role() == null ? ""
                : ctx.messages().label(r.role())));
        table.getColumns().add(column("audit.col.action", 220, r -> r.action() == null ? ctx.text("audit.unknown")
                : ctx.messages().label(r.action())));
        TableColumn<AuditRow, AuditOutcome> outcome = new TableColumn<>(ctx.text("audit.col.outcome"));
        outcome.setPrefWidth(100);
        outcome.setMinWidth(100);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(Badges.cells(ctx.messages(), "outcome"));
        table.getColumns().add(outcome);
        table.getColumns().add(column("audit.col.case", 120, r -> r.caseCode() == null ? "" : r.caseCode()));
        if (vm.seesStudents()) {
            table.getColumns().add(column("audit.col.student", 200, r -> r.studentName() == null ? ""
                    : ctx.text("users.studentOf", r.studentName(), r.studentClass())));
        }
        table.setSortPolicy(t -> false);
    }

    private TableColumn<AuditRow, String> column(String key, double width, Function<AuditRow, String> value) {
        TableColumn<AuditRow, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
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

    AuditViewModel viewModel() {
        return vm;
    }
}
