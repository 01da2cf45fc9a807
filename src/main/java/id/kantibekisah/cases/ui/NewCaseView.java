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

/** Kasus baru: the intake form with the reporter, for a counselor opening a case directly. */
public final class NewCaseView implements View {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final UiContext ctx;
    private final NewCaseViewModel vm;
    private final IntakeForm form;
    private final ScrollPane root;

    public NewCaseView(UiContext ctx, CaseService cases, StudentService students) {
        this.ctx = ctx;
        this.vm = new NewCaseViewModel(ctx, cases, students);
        this.form = new IntakeForm(ctx.messages(), vm.form(), vm::suggest, false);

        Button back = Fields.enterPresses(new Button(ctx.text("detail.back"), new FontIcon(Material2AL.ARROW_BACK)));
        back.setId("new-case-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> leave());
        Label intro = new Label(ctx.text("newCase.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        HBox top = new HBox(12, back, intro);
        top.setAlignment(Pos.CENTER_LEFT);

        Button save = Fields.enterPresses(new Button(ctx.text("newCase.save"), new FontIcon(Material2MZ.SAVE)));
        save.setId("new-case-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.savingProperty());
        save.setOnAction(e -> vm.onSave());
        Button cancel = Fields.enterPresses(new Button(ctx.text("intake.cancel")));
        cancel.setId("new-case-cancel");
        cancel.setOnAction(e -> leave());
        Label summary = Fields.problem(vm.form().summaryProperty());
        summary.setId("new-case-summary");
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

        VBox page = new VBox(14, top, form.node(), actions);
        page.setPadding(new Insets(12, 24, 16, 24));
        page.setId("new-case-view");
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                vm.onSave();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                leave();
            }
        });
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.getStyleClass().add("edge-to-edge");
    }

    /** Back to where the counselor came from; asks first when something was typed. */
    private void leave() {
        if (!vm.form().dirtyProperty().get()) {
            ctx.navigator().back();
            return;
        }
        Confirm.ask(ctx.owner(), "new-case-cancel-confirm", ctx.text("intake.cancel.title"),
                ctx.text("newCase.cancel.question"), ctx.text("intake.cancel.yes"), ctx.text("intake.cancel.no"),
                () -> ctx.navigator().back());
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
}
