package id.kantibekisah.security.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Shown right after log-in when the user must choose a new password or PIN; there is no way past it. */
public final class ChangePasswordView implements View {
    private final StackPane root = new StackPane();
    private final PasswordField current = new PasswordField();

    public ChangePasswordView(ChangePasswordViewModel vm, Messages m) {
        Label icon = new Label(null, new FontIcon(Material2MZ.VPN_KEY));
        icon.getStyleClass().add("lock-icon");
        Label title = new Label(m.get(vm.cadre() ? "password.change.titlePin" : "password.change.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label why = new Label(m.get(vm.shortPin() ? "password.change.whyShortPin"
                        : vm.cadre() ? "password.change.whyPin" : "password.change.why",
                vm.actor().displayName(), PasswordPolicy.MIN_PIN_LENGTH));
        why.setId("password-why");
        why.setWrapText(true);
        Label rules = new Label(vm.cadre()
                ? m.get("password.change.rulesPin", PasswordPolicy.MIN_PIN_LENGTH)
                : m.get("password.change.rules", PasswordPolicy.MIN_PASSWORD_LENGTH));
        rules.setWrapText(true);
        rules.getStyleClass().add(Styles.TEXT_MUTED);

        current.setId("password-current");
        current.textProperty().bindBidirectional(vm.currentProperty());
        PasswordField fresh = new PasswordField();
        fresh.setId("password-new");
        fresh.textProperty().bindBidirectional(vm.freshProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("password-repeat");
        repeat.textProperty().bindBidirectional(vm.repeatProperty());
        current.setOnAction(e -> fresh.requestFocus());
        fresh.setOnAction(e -> repeat.requestFocus());
        repeat.setOnAction(e -> vm.onSave());

        Label error = new Label();
        error.setId("password-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Button save = new Button(m.get("password.change.save"));
        save.setId("password-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.onSave());
        Button logout = new Button(m.get("main.logout"));
        logout.setId("password-logout");
        logout.getStyleClass().add(Styles.FLAT);
        logout.setOnAction(e -> vm.onLogout());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox actions = new HBox(10, save, grow, logout);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(8, icon, title, why, rules,
                label(m.get(vm.shortPin() ? "password.change.currentShortPin"
                        : vm.cadre() ? "password.change.currentPin" : "password.change.current"), current), current,
                label(m.get(vm.cadre() ? "password.change.newPin" : "password.change.new"), fresh), fresh,
                label(m.get(vm.cadre() ? "password.change.repeatPin" : "password.change.repeat"), repeat), repeat,
                actions, error);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(440);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 24, 32));
        root.getChildren().add(card);
        root.getStyleClass().add("login-root");
        root.setId("password-change");
    }

    private static Label label(String text, Node field) {
        Label l = new Label(text);
        l.setLabelFor(field);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        current.requestFocus();
    }
}
