package id.kantibekisah.students.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.students.ClassPromotion;
import id.kantibekisah.students.Student;
import id.kantibekisah.ui.DialogPlacement;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Kenaikan kelas: where every class goes in the new academic year, then one step that does it. */
final class PromotionPane implements View {
    private final UiContext ctx;
    private final PromotionViewModel vm;
    private final VBox root = new VBox(10);
    private final Label intro = new Label();
    private final Label summary = new Label();
    private final VBox notes = new VBox(6);
    private final TableView<ClassPromotion.Move> moves = new TableView<>();
    private final TableView<Student> unknown = new TableView<>();
    private final VBox unknownBox = new VBox(6);
    private final Button run = new Button();
    private final ChangeListener<ClassPromotion.Plan> planChanged = (obs, old, now) -> show(now);

    PromotionPane(UiContext ctx, PromotionViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;

        Button back = new Button(ctx.text("import.back"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("promotion-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> vm.onCancel());
        back.disableProperty().bind(vm.workingProperty());
        Label title = new Label(ctx.text("promotion.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(12, back, title);
        header.setAlignment(Pos.CENTER_LEFT);

        intro.setId("promotion-intro");
        intro.setWrapText(true);
        summary.setId("promotion-summary");
        summary.getStyleClass().add(Styles.TEXT_BOLD);
        notes.setId("promotion-notes");

        moves.setId("promotion-table");
        moves.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        moves.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        moves.getColumns().add(column("promotion.col.from", 140, ClassPromotion.Move::fromClass));
        moves.getColumns().add(column("promotion.col.to", 240, m -> m.graduates()
                ? ctx.text("promotion.graduates") : m.toClass()));
        moves.getColumns().add(column("promotion.col.students", 140,
                m -> ctx.text("student.count", (long) m.students())));
        moves.getColumns().forEach(c -> c.setSortable(false));
        moves.setPlaceholder(new Label(ctx.text("promotion.none")));
        moves.setMaxWidth(640);

        Label unknownTitle = new Label(ctx.text("promotion.unknown.title"));
        unknownTitle.setWrapText(true);
        unknownTitle.getStyleClass().add("import-error");
        unknown.setId("promotion-unknown");
        unknown.getStyleClass().addAll(Styles.DENSE);
        unknown.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        unknown.getColumns().add(studentColumn("student.col.nisn", 120, Student::nisn));
        unknown.getColumns().add(studentColumn("student.col.name", 240, Student::name));
        unknown.getColumns().add(studentColumn("student.col.class", 100, Student::className));
        unknown.getColumns().forEach(c -> c.setSortable(false));
        unknown.setPrefHeight(160);
        unknown.setMaxWidth(640);
        unknownBox.getChildren().addAll(unknownTitle, unknown);

        Label error = new Label();
        error.setId("promotion-error");
        error.setWrapText(true);
        error.getStyleClass().add("import-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        run.setId("promotion-run");
        run.setGraphic(new FontIcon(Material2MZ.UPGRADE));
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.workingProperty().get()
                || vm.planProperty().get() == null || !vm.planProperty().get().canPromote(),
                vm.workingProperty(), vm.planProperty()));
        run.setOnAction(e -> confirmAndPromote());
        Button cancel = new Button(ctx.text("import.cancel"));
        cancel.setId("promotion-cancel");
        cancel.setOnAction(e -> vm.onCancel());
        cancel.disableProperty().bind(vm.workingProperty());
        HBox actions = new HBox(10, run, cancel);
        actions.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().addAll(header, intro, notes, summary, moves, unknownBox, error, actions);
        VBox.setVgrow(moves, Priority.ALWAYS);
        root.setPadding(new Insets(12, 20, 12, 20));
        root.setId("promotion-view");
        show(null);
    }

    private void confirmAndPromote() {
        ClassPromotion.Plan p = vm.planProperty().get();
        if (p == null) {
            return;
        }
        ButtonType yes = new ButtonType(ctx.text("promotion.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.text("import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, ctx.text("promotion.confirm", p.promoted(),
                p.graduating(), p.academicYear()), yes, no);
        confirm.setTitle(ctx.text("promotion.title"));
        confirm.setHeaderText(null);
        DialogPlacement.prepare(confirm, ctx.owner());
        confirm.getDialogPane().setId("promotion-confirm");
        // Enter must not promote a whole school by accident: the safe answer is the default.
        ((Button) confirm.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) confirm.getDialogPane().lookupButton(no)).setDefaultButton(true);
        confirm.showAndWait().filter(yes::equals).ifPresent(b -> vm.onPromote());
    }

    private void show(ClassPromotion.Plan p) {
        notes.getChildren().clear();
        if (p == null) {
            intro.setText("");
            summary.setText("");
            moves.setItems(FXCollections.observableArrayList());
            unknownBox.setVisible(false);
            unknownBox.setManaged(false);
            run.setText(ctx.text("promotion.run.plain"));
            return;
        }
        intro.setText(ctx.text("promotion.intro", p.academicYear()));
        summary.setText(ctx.text("promotion.summary", p.promoted(), p.graduating()));
        List<String> warnings = new ArrayList<>();
        if (p.alreadyDone()) {
            warnings.add(ctx.text("promotion.error.alreadyDone", p.lastPromotedTo()));
        }
        if (p.graduatingWithOpenCases() > 0) {
            warnings.add(ctx.text("promotion.warning.openCases", p.graduatingWithOpenCases()));
        }
        if (p.lastImport() != null && !p.alreadyDone()) {
            LocalDate when = p.lastImport().atZone(ctx.clock().getZone()).toLocalDate();
            warnings.add(ctx.text("promotion.warning.import", Formats.longDate(ctx.messages(), when)));
        }
        for (String w : warnings) {
            Label l = new Label(w, new FontIcon(Material2MZ.WARNING));
            l.setWrapText(true);
            l.getStyleClass().add("import-warning");
            notes.getChildren().add(l);
        }
        notes.setId("promotion-notes");
        moves.setItems(FXCollections.observableArrayList(p.moves()));
        unknown.setItems(FXCollections.observableArrayList(p.unknown()));
        unknownBox.setVisible(!p.unknown().isEmpty());
        unknownBox.setManaged(!p.unknown().isEmpty());
        run.setText(ctx.text("promotion.run", p.academicYear()));
    }

    private TableColumn<ClassPromotion.Move, String> column(String key, double width,
                                                           Function<ClassPromotion.Move, String> value) {
        TableColumn<ClassPromotion.Move, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private TableColumn<Student, String> studentColumn(String key, double width, Function<Student, String> value) {
        TableColumn<Student, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.planProperty().addListener(planChanged);
        vm.load();
    }

    @Override
    public void onDeactivate() {
        vm.planProperty().removeListener(planChanged);
    }
}
