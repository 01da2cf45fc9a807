package id.kantibekisah.security.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Role;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.security.UserAccount;
import id.kantibekisah.security.UserService;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.Date;
import java.util.function.Function;

/** Pengguna: the admin's list of accounts with a side panel for creating, resetting, linking and deactivating. */
public final class UsersView implements View {
    private final UiContext ctx;
    private final UsersViewModel vm;
    private final VBox root;
    private final TableView<UserAccount> table = new TableView<>();
    private final VBox side = new VBox(10);

    public UsersView(UiContext ctx, UserService users) {
        this.ctx = ctx;
        this.vm = new UsersViewModel(ctx, users);

        Button create = button("users-new", "users.new", new FontIcon(Material2MZ.PERSON_ADD), vm::onNew);
        create.getStyleClass().add(Styles.ACCENT);
        Button reset = button("users-reset", "users.reset", new FontIcon(Material2MZ.VPN_KEY), vm::onReset);
        reset.disableProperty().bind(vm.selectedProperty().isNull());
        Button link = button("users-link", "users.link", new FontIcon(Material2AL.LINK), vm::onLink);
        link.disableProperty().bind(vm.selectionIsCadre().not());
        Button unlock = button("users-unlock", "users.unlock", new FontIcon(Material2AL.LOCK_OPEN), vm::onUnlock);
        unlock.disableProperty().bind(vm.selectionLocked().not());
        Button deactivate = button("users-deactivate", "users.deactivate", new FontIcon(Material2AL.BLOCK),
                vm::onDeactivate);
        deactivate.disableProperty().bind(vm.selectionActive().not().or(vm.selectionIsMe()));
        Button reactivate = button("users-reactivate", "users.reactivate", new FontIcon(Material2MZ.RESTORE),
                vm::onReactivate);
        reactivate.disableProperty().bind(vm.selectionInactive().not());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.setId("users-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(() -> ctx.text("users.count",
                vm.rows().stream().filter(a -> a.user().active()).count(), vm.rows().size()), vm.rows()));
        HBox toolbar = new HBox(8, create, reset, link, unlock, deactivate, reactivate, grow, count);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        side.setId("users-panel");
        side.setSpacing(8);
        side.getStyleClass().add("side-panel");
        // The panel scrolls rather than squeezing its fields at 1366x768.
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        sideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        sideScroll.getStyleClass().add("side-scroll");
        sideScroll.setPrefWidth(330);
        sideScroll.setMinWidth(300);
        sideScroll.visibleProperty().bind(vm.panelProperty().isNotEqualTo(UsersViewModel.Panel.NONE));
        sideScroll.managedProperty().bind(sideScroll.visibleProperty());
        vm.panelProperty().addListener((obs, old, value) -> showPanel(value));

        HBox body = new HBox(12, table, sideScroll);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        Label note = new Label(ctx.text("users.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root = new VBox(10, toolbar, body, note);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("users-view");
    }

    private Button button(String id, String key, Node icon, Runnable action) {
        Button b = new Button(ctx.text(key), icon);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void buildTable() {
        table.setId("users-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("users.empty")));
        table.getColumns().add(column("users.col.name", 170, a -> a.user().displayName()));
        table.getColumns().add(fixed(column("users.col.username", 132, a -> a.user().username())));
        table.getColumns().add(fixed(column("users.col.role", 118, a -> ctx.messages().label(a.user().role()))));
        table.getColumns().add(column("users.col.student", 170, a -> a.studentName() == null
                ? (a.user().role() == Role.CADRE ? ctx.text("users.noStudent") : "")
                : ctx.text("users.studentOf", a.studentName(), a.studentClass())));
        TableColumn<UserAccount, UserAccount> state = new TableColumn<>(ctx.text("users.col.state"));
        state.setPrefWidth(170);
        state.setMinWidth(150);
        state.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        state.setCellFactory(c -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(UserAccount a, boolean empty) {
                super.updateItem(a, empty);
                if (empty || a == null) {
                    setGraphic(null);
                    return;
                }
                String style;
                if (!a.user().active()) {
                    badge.setText(ctx.text("users.state.inactive"));
                    style = "account-inactive";
                } else if (a.locked()) {
                    badge.setText(ctx.text("users.state.locked", Date.from(a.user().lockedUntil())));
                    style = "account-locked";
                } else if (a.user().mustChangePassword()) {
                    badge.setText(ctx.text("users.state.mustChange"));
                    style = "account-must-change";
                } else {
                    badge.setText(ctx.text("users.state.active"));
                    style = "account-active";
                }
                badge.getStyleClass().setAll("label", "badge", style);
                setGraphic(badge);
            }
        });
        table.getColumns().add(state);
        table.getColumns().add(fixed(column("users.col.failedTries", 112,
                a -> a.failedTries() == 0 ? "" : Integer.toString(a.failedTries()))));
        table.getColumns().add(fixed(column("users.col.created", 92, a -> Formats.numericDate(
                a.user().createdAt() == null ? null : LocalDate.ofInstant(a.user().createdAt(), ctx.clock().getZone())))));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, value) -> {
            vm.select(value);
        });
        vm.selectedProperty().addListener((obs, old, value) -> {
            if (table.getSelectionModel().getSelectedItem() != value) {
                table.getSelectionModel().select(value);
            }
        });
    }

    private static <T> TableColumn<UserAccount, T> fixed(TableColumn<UserAccount, T> col) {
        col.setMinWidth(col.getPrefWidth());
        return col;
    }

    private TableColumn<UserAccount, String> column(String key, double width, Function<UserAccount, String> value) {
        TableColumn<UserAccount, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private void showPanel(UsersViewModel.Panel panel) {
        side.getChildren().clear();
        UserAccount target = vm.selectedProperty().get();
        switch (panel) {
            case CREATE -> createPanel();
            case RESET -> resetPanel(target);
            case LINK -> linkPanel(target);
            case DEACTIVATE -> deactivatePanel(target);
            default -> { }
        }
    }

    private void createPanel() {
        TextField username = new TextField();
        username.setId("user-username");
        username.textProperty().bindBidirectional(vm.usernameProperty());
        username.setPromptText(ctx.text("users.username.prompt"));
        TextField name = new TextField();
        name.setId("user-display-name");
        name.textProperty().bindBidirectional(vm.displayNameProperty());
        ComboBox<Choice<Role>> role = new ComboBox<>(vm.roles());
        role.setId("user-role");
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setMaxWidth(Double.MAX_VALUE);
        VBox studentBox = studentPicker();
        studentBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.roleProperty().get() != null
                && vm.roleProperty().get().value() == Role.CADRE, vm.roleProperty()));
        studentBox.managedProperty().bind(studentBox.visibleProperty());
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.textProperty().bind(Bindings.createStringBinding(() -> vm.roleProperty().get() != null
                && vm.roleProperty().get().value() == Role.CADRE
                ? ctx.text("users.pinHint", PasswordPolicy.MIN_PIN_LENGTH, PasswordPolicy.MIN_PASSWORD_LENGTH)
                : ctx.text("users.passwordHint"), vm.roleProperty()));
        side.getChildren().addAll(title("users.new.title"),
                field("users.username", username), field("users.displayName", name), field("users.role", role),
                studentBox, passwordFields(), hint, error(),
                actions("user-save", "users.save", vm::onSaveNew));
        username.requestFocus();
    }

    private void resetPanel(UserAccount target) {
        boolean cadre = target.user().role() == Role.CADRE;
        Label who = new Label(ctx.text(cadre ? "users.reset.whoPin" : "users.reset.who",
                target.user().displayName(), target.user().username()));
        who.setWrapText(true);
        Label hint = new Label(cadre
                ? ctx.text("users.pinHint", PasswordPolicy.MIN_PIN_LENGTH, PasswordPolicy.MIN_PASSWORD_LENGTH)
                : ctx.text("users.passwordHint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox fields = passwordFields();
        side.getChildren().addAll(title(cadre ? "users.reset.titlePin" : "users.reset.title"), who, fields, hint,
                error(), actions("user-save", "users.reset.save", vm::onSaveReset));
        fields.getChildren().get(1).requestFocus();
    }

    private void linkPanel(UserAccount target) {
        Label who = new Label(ctx.text("users.link.who", target.user().displayName(), target.user().username()));
        who.setWrapText(true);
        side.getChildren().addAll(title("users.link.title"), who, studentPicker(), error(),
                actions("user-save", "users.link.save", vm::onSaveLink));
    }

    private void deactivatePanel(UserAccount target) {
        Label what = new Label(ctx.text("users.deactivate.confirm", target.user().displayName(),
                target.user().username()));
        what.setWrapText(true);
        HBox buttons = actions("user-confirm-deactivate", "users.deactivate.save", vm::onConfirmDeactivate);
        ((Button) buttons.getChildren().get(0)).getStyleClass().setAll("button", Styles.DANGER);
        side.getChildren().addAll(title("users.deactivate.title"), what, error(), buttons);
    }

    /** Search by part of the name or by class; the admin sees name and class only. */
    private VBox studentPicker() {
        TextField search = new TextField();
        search.setId("user-student-search");
        search.setPromptText(ctx.text("users.student.prompt"));
        search.textProperty().bindBidirectional(vm.studentSearchProperty());
        ListView<StudentChoice> results = new ListView<>(vm.studentResults());
        results.setId("user-student-results");
        results.setPrefHeight(150);
        results.setMinHeight(110);
        results.setPlaceholder(new Label(ctx.text("users.student.none")));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(StudentChoice item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ctx.text("users.studentOf", item.name(), item.className()));
            }
        });
        results.visibleProperty().bind(Bindings.isNotEmpty(vm.studentResults()));
        results.managedProperty().bind(results.visibleProperty());
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, value) -> {
            if (value != null) {
                // The list closes once a student is chosen, so the rest of the form moves back into view.
                Platform.runLater(() -> vm.pickStudent(value));
            }
        });
        Label chosen = new Label();
        chosen.setId("user-student-chosen");
        chosen.getStyleClass().add(Styles.TEXT_BOLD);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> vm.studentProperty().get() == null
                ? ctx.text("users.student.notChosen") : ctx.text("users.studentOf",
                vm.studentProperty().get().name(), vm.studentProperty().get().className()), vm.studentProperty()));
        Label label = new Label(ctx.text("users.student"));
        label.setLabelFor(search);
        return new VBox(4, label, search, results, chosen);
    }

    private VBox passwordFields() {
        PasswordField password = new PasswordField();
        password.setId("user-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("user-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label l1 = new Label(ctx.text("users.password"));
        l1.setLabelFor(password);
        Label l2 = new Label(ctx.text("users.repeat"));
        l2.setLabelFor(repeat);
        return new VBox(4, l1, password, l2, repeat);
    }

    private Label title(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().add(Styles.TITLE_4);
        return l;
    }

    private VBox field(String key, javafx.scene.control.Control control) {
        Label l = new Label(ctx.text(key));
        l.setLabelFor(control);
        return new VBox(4, l, control);
    }

    private Label error() {
        Label error = new Label();
        error.setId("user-form-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.formErrorProperty());
        error.managedProperty().bind(vm.formErrorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());
        return error;
    }

    private HBox actions(String id, String key, Runnable save) {
        Button ok = new Button(ctx.text(key));
        ok.setId(id);
        ok.setDefaultButton(true);
        ok.getStyleClass().add(Styles.ACCENT);
        ok.setOnAction(e -> save.run());
        Button cancel = new Button(ctx.text("users.cancel"));
        cancel.setId("user-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> vm.onCancel());
        HBox box = new HBox(8, ok, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
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
}
