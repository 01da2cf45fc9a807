package id.kantibekisah.setup.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.terms.Semester;
import id.kantibekisah.terms.Term;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;

/**
 * The first-run wizard, shown instead of the log-in while the database has no user: the school's profile, the
 * current academic year and semester, and the first admin account.
 */
public final class SetupWizardView implements View {
    private final StackPane root = new StackPane();
    private final SetupWizardViewModel vm;
    private final List<GridPane> pages;
    private final List<Control> firstFields;

    public SetupWizardView(SetupWizardViewModel vm, Messages m) {
        this.vm = vm;
        Label logo = new Label(null, new FontIcon(Material2AL.FAVORITE));
        logo.getStyleClass().add("login-logo");
        Label title = new Label(m.get("setup.title"));
        title.getStyleClass().addAll(Styles.TITLE_2, "login-title");
        Label intro = new Label(m.get("setup.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label stepLabel = new Label();
        stepLabel.setId("setup-step");
        stepLabel.getStyleClass().addAll(Styles.TITLE_4, "setup-step");
        stepLabel.textProperty().bind(Bindings.createStringBinding(() -> m.get("setup.step",
                vm.stepProperty().get() + 1, SetupWizardViewModel.STEPS,
                m.get("setup.step." + vm.stepProperty().get())), vm.stepProperty()));

        TextField name = text("setup-school-name", vm.schoolNameProperty(), m.get("setup.schoolName.prompt"));
        TextField npsn = text("setup-npsn", vm.npsnProperty(), m.get("setup.npsn.prompt"));
        TextField address = text("setup-address", vm.addressProperty(), null);
        TextField city = text("setup-city", vm.cityProperty(), m.get("setup.city.prompt"));
        GridPane school = page(
                row(m.get("setup.schoolName"), name), row(m.get("setup.npsn"), npsn),
                row(m.get("setup.address"), address), row(m.get("setup.city"), city));

        TextField year = text("setup-year", vm.academicYearProperty(), "2026/2027");
        ComboBox<Choice<Semester>> semester = new ComboBox<>(vm.semesters());
        semester.setId("setup-semester");
        semester.valueProperty().bindBidirectional(vm.semesterProperty());
        semester.setMaxWidth(Double.MAX_VALUE);
        Label termHint = new Label();
        termHint.setWrapText(true);
        termHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        termHint.textProperty().bind(Bindings.createStringBinding(() -> {
            Term.Key key = vm.chosenTerm();
            return key == null ? m.get("setup.term.hintInvalid")
                    : m.get("setup.term.hint", Term.standardStart(key), Term.standardEnd(key));
        }, vm.academicYearProperty(), vm.semesterProperty()));
        GridPane term = page(row(m.get("setup.academicYear"), year), row(m.get("setup.semester"), semester));
        term.add(termHint, 1, 2);

        TextField username = text("setup-admin-username", vm.usernameProperty(), m.get("setup.username.prompt"));
        TextField display = text("setup-admin-name", vm.displayNameProperty(), m.get("setup.displayName.prompt"));
        PasswordField password = new PasswordField();
        password.setId("setup-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("setup-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        Label rules = new Label(m.get("setup.password.rules"));
        rules.setWrapText(true);
        rules.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        GridPane admin = page(row(m.get("setup.username"), username), row(m.get("setup.displayName"), display),
                row(m.get("setup.password"), password), row(m.get("setup.repeat"), repeat));
        admin.add(rules, 1, 4);

        pages = List.of(school, term, admin);
        firstFields = List.of(name, year, username);
        StackPane stack = new StackPane(school, term, admin);
        stack.setMinHeight(190);
        stack.setAlignment(Pos.TOP_LEFT);
        showPage(0);
        vm.stepProperty().addListener((obs, old, value) -> showPage(value.intValue()));
        for (TextInputControl field : List.of(name, npsn, address, city, year, username, display, password, repeat)) {
            if (field instanceof TextField tf) {
                tf.setOnAction(e -> vm.onNext());
            }
        }

        Label error = new Label();
        error.setId("setup-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Button back = new Button(m.get("setup.back"), new FontIcon(Material2AL.CHEVRON_LEFT));
        back.setId("setup-back");
        back.disableProperty().bind(vm.stepProperty().isEqualTo(0).or(vm.busyProperty()));
        back.setOnAction(e -> vm.onBack());
        Button next = new Button();
        next.setId("setup-next");
        next.setDefaultButton(true);
        next.getStyleClass().add(Styles.ACCENT);
        next.textProperty().bind(Bindings.when(vm.stepProperty().isEqualTo(SetupWizardViewModel.STEPS - 1))
                .then(m.get("setup.finish")).otherwise(m.get("setup.next")));
        next.setGraphic(new FontIcon(Material2MZ.NAVIGATE_NEXT));
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.disableProperty().bind(vm.busyProperty());
        next.setOnAction(e -> vm.onNext());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(10, back, grow, next);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(12, logo, title, intro, stepLabel, stack, error, actions);
        card.getStyleClass().addAll("login-card", "setup-card");
        card.setMaxWidth(560);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 24, 32));
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        root.setId("setup-view");
    }

    private record Row(String label, Control field) {
    }

    private static Row row(String label, Control field) {
        return new Row(label, field);
    }

    private static GridPane page(Row... rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        for (int i = 0; i < rows.length; i++) {
            Label l = new Label(rows[i].label());
            l.setLabelFor(rows[i].field());
            l.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(l, 0, i);
            grid.add(rows[i].field(), 1, i);
            GridPane.setHgrow(rows[i].field(), Priority.ALWAYS);
            rows[i].field().setMaxWidth(Double.MAX_VALUE);
        }
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        if (prompt != null) {
            field.setPromptText(prompt);
        }
        return field;
    }

    private void showPage(int index) {
        for (int i = 0; i < pages.size(); i++) {
            pages.get(i).setVisible(i == index);
            pages.get(i).setManaged(i == index);
        }
        firstFields.get(index).requestFocus();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        showPage(vm.stepProperty().get());
    }
}
