package id.kantibekisah.security.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** The log-in screen: a card in the middle of the window with the school's name, username and password. */
public final class LoginView implements View {
    private final StackPane root = new StackPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    public LoginView(LoginViewModel vm, Messages m, Consumer<Locale> onLanguage, List<String> demoHint) {
        Label logo = new Label();
        logo.setGraphic(new FontIcon(Material2AL.FAVORITE));
        logo.getStyleClass().add("login-logo");

        Label app = new Label(m.get("app.name"));
        app.getStyleClass().addAll(Styles.TITLE_1, "login-title");
        Label tagline = new Label(m.get("app.tagline"));
        tagline.getStyleClass().add(Styles.TEXT_MUTED);
        // The English tagline is longer than the card is wide.
        tagline.setWrapText(true);
        Label school = new Label();
        school.textProperty().bind(vm.schoolNameProperty());
        school.getStyleClass().addAll(Styles.TITLE_4, "login-school");
        school.managedProperty().bind(school.textProperty().isNotEmpty());

        username.setId("login-username");
        username.setPromptText(m.get("login.username.prompt"));
        username.textProperty().bindBidirectional(vm.usernameProperty());
        password.setId("login-password");
        password.setPromptText(m.get("login.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.onLogin());
        username.setOnAction(e -> password.requestFocus());

        Label userLabel = new Label(m.get("login.username"));
        userLabel.setLabelFor(username);
        userLabel.setMnemonicParsing(true);
        Label passLabel = new Label(m.get("login.password"));
        passLabel.setLabelFor(password);

        Button login = new Button(m.get("login.submit"));
        login.setId("login-submit");
        login.setDefaultButton(true);
        login.getStyleClass().add(Styles.ACCENT);
        login.setMaxWidth(Double.MAX_VALUE);
        login.disableProperty().bind(vm.canLoginProperty().not());
        login.setOnAction(e -> vm.onLogin());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(22, 22);
        spinner.visibleProperty().bind(vm.busyProperty().or(vm.readyProperty().not()
                .and(vm.errorProperty().isEmpty())));
        spinner.managedProperty().bind(spinner.visibleProperty());

        Label error = new Label();
        error.setId("login-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Label info = new Label();
        info.setId("login-info");
        info.setWrapText(true);
        info.getStyleClass().add(Styles.SUCCESS);
        info.textProperty().bind(vm.infoProperty());
        info.managedProperty().bind(vm.infoProperty().isNotEmpty());
        info.visibleProperty().bind(vm.infoProperty().isNotEmpty());

        ComboBox<Locale> language = new ComboBox<>();
        language.setId("login-language");
        language.getItems().addAll(Messages.INDONESIAN, Messages.ENGLISH);
        language.setValue(m.locale().getLanguage().equals("en") ? Messages.ENGLISH : Messages.INDONESIAN);
        language.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Locale l) {
                return l == null ? "" : l.getLanguage().equals("en") ? "English" : "Bahasa Indonesia";
            }

            @Override
            public Locale fromString(String s) {
                return null;
            }
        });
        language.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !value.equals(old)) {
                onLanguage.accept(value);
            }
        });
        Label languageLabel = new Label(m.get("login.language"));
        languageLabel.getStyleClass().add(Styles.TEXT_MUTED);
        HBox languageRow = new HBox(8, languageLabel, language);
        languageRow.setAlignment(Pos.CENTER_RIGHT);

        HBox actions = new HBox(10, login, spinner);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(login, Priority.ALWAYS);

        VBox card = new VBox(10, logo, app, tagline, school, spacer(8), userLabel, username, passLabel, password,
                spacer(4), actions, error, info);
        if (!demoHint.isEmpty()) {
            VBox hint = new VBox(2);
            hint.getStyleClass().add("demo-hint");
            hint.setId("login-demo-hint");
            Label title = new Label(m.get("login.demo.title"));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            hint.getChildren().add(title);
            demoHint.forEach(line -> hint.getChildren().add(new Label(line)));
            card.getChildren().add(hint);
        }
        card.getChildren().add(languageRow);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(400);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 24, 32));

        Label footer = new Label(m.get("login.footer"));
        footer.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        StackPane.setAlignment(footer, Pos.BOTTOM_CENTER);
        StackPane.setMargin(footer, new Insets(0, 0, 12, 0));

        root.getChildren().addAll(card, footer);
        root.getStyleClass().add("login-root");
        root.setId("login-view");
    }

    private static Region spacer(double height) {
        Region r = new Region();
        r.setMinHeight(height);
        return r;
    }

    @Override
    public Node node() {
        return root;
    }

    /** The cursor goes where typing starts: the password when the username is already filled in. */
    @Override
    public void onActivate() {
        if (username.getText() == null || username.getText().isEmpty()) {
            username.requestFocus();
        } else {
            password.requestFocus();
        }
    }
}
