package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Confirm;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Catat Laporan: the cadre's landing screen. The whole intake can be done by keyboard: Tab through the fields,
 * ↓ and Enter to pick a student, arrow keys for the choices, Ctrl+S (or Enter on Simpan) to save, Esc to cancel.
 */
public final class IntakeView implements View {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ctx;
    private final IntakeViewModel vm;
    private final IntakeForm form;
    private final ScrollPane root;

    public IntakeView(UiContext ctx, CaseService cases, StudentService students) {
        this.ctx = ctx;
        this.vm = new IntakeViewModel(ctx, cases, students);
        this.form = new IntakeForm(ctx.messages(), vm.form(), vm::suggest, true);

        Label intro = new Label(ctx.text("intake.intro"), new FontIcon(Material2MZ.PRIVACY_TIP));
        intro.setWrapText(true);
        intro.getStyleClass().add("intake-intro");

        Label saved = new Label();
        saved.setId("intake-confirmation");
        saved.setWrapText(true);
        saved.getStyleClass().add("intake-confirmation");
        saved.setGraphic(new FontIcon(Material2AL.CHECK_CIRCLE));
        saved.textProperty().bind(vm.savedCodeProperty().map(code -> ctx.text("intake.saved", code)));
        saved.visibleProperty().bind(vm.savedCodeProperty().isNotEmpty());
        saved.managedProperty().bind(saved.visibleProperty());
        saved.setMaxWidth(Double.MAX_VALUE);

        Button save = Fields.enterPresses(new Button(ctx.text("intake.save"), new FontIcon(Material2MZ.SEND)));
        save.setId("intake-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.onSave());
        Button cancel = Fields.enterPresses(new Button(ctx.text("intake.cancel")));
        cancel.setId("intake-cancel");
        cancel.setOnAction(e -> cancel());
        cancel.disableProperty().bind(vm.form().dirtyProperty().not());
        Label summary = Fields.problem(vm.form().summaryProperty());
        summary.setId("intake-summary");
        summary.getStyleClass().add("form-summary");
        summary.setMaxWidth(Double.MAX_VALUE);
        Label legend = new Label(ctx.text("intake.legend"));
        legend.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        save.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        legend.setMinWidth(Region.USE_PREF_SIZE);
        HBox buttons = new HBox(10, save, cancel, grow, legend);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox actions = new VBox(8, buttons, summary);
        actions.getStyleClass().add("form-actions");

        VBox page = new VBox(14, intro, saved, form.node(), actions);
        page.setPadding(new Insets(16, 24, 16, 24));
        page.setId("intake-view");
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.onSave();
            } else if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed()) {
                e.consume();
                cancel();
            }
        });
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    private void cancel() {
        if (!vm.form().dirtyProperty().get()) {
            return;
        }
        Confirm.ask(ctx.owner(), "intake-cancel-confirm", ctx.text("intake.cancel.title"),
                ctx.text("intake.cancel.question"), ctx.text("intake.cancel.yes"), ctx.text("intake.cancel.no"), () -> {
                    vm.onCancel();
                    form.focusFirst();
                });
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        // Later: on the first screen after log-in the view joins the window only after it was activated.
        Platform.runLater(form::focusFirst);
    }

    IntakeViewModel viewModel() {
        return vm;
    }
}
