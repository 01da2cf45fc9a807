package id.kantibekisah.security.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Role;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ui.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What covers the window after a time without input: who is logged in and a password field, nothing of what was
 * on screen. Opaque, so no case text shows through.
 */
public final class LockScreenView implements View {
    private final StackPane root = new StackPane();
    private final PasswordField password = new PasswordField();

    public LockScreenView(LockViewModel vm, Messages m) {
        Label icon = new Label(null, new FontIcon(Material2AL.LOCK));
        icon.getStyleClass().add("lock-icon");
        Label title = new Label(m.get("lock.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        // A cadre is a child on a shared PC: whoever walks up learns the role, never which student is logged in.
        Label who = new Label(vm.actor().role() == Role.CADRE
                ? m.get("lock.whoCadre", m.label(vm.actor().role()).toLowerCase(m.locale()))
                : m.get("lock.who", vm.actor().displayName(), m.label(vm.actor().role())));
        who.setId("lock-user");
        who.setWrapText(true);
        Label hint = new Label(m.get("lock.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);

        password.setId("lock-password");
        password.setPromptText(m.get("login.password.prompt"));
        password.textProperty().bindBidirectional(vm.passwordProperty());
        password.setOnAction(e -> vm.onUnlock());
        password.disableProperty().bind(vm.sessionOverProperty());
        Label passLabel = new Label(m.get("login.password"));
        passLabel.setLabelFor(password);

        Button unlock = new Button(m.get("lock.unlock"), new FontIcon(Material2AL.LOCK_OPEN));
        unlock.setId("lock-unlock");
        unlock.setDefaultButton(true);
        unlock.getStyleClass().add(Styles.ACCENT);
        unlock.setMaxWidth(Double.MAX_VALUE);
        unlock.disableProperty().bind(vm.busyProperty().or(vm.sessionOverProperty()));
        unlock.setOnAction(e -> vm.onUnlock());

        Label error = new Label();
        error.setId("lock-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        Hyperlink other = new Hyperlink(m.get("lock.switchUser", vm.actor().displayName()));
        other.setId("lock-switch-user");
        other.setWrapText(true);
        other.setOnAction(e -> vm.onSwitchUser());

        VBox card = new VBox(10, icon, title, who, hint, passLabel, password, unlock, error, other);
        card.getStyleClass().add("login-card");
        card.setMaxWidth(420);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        card.setPadding(new Insets(28, 32, 24, 32));
        card.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().add(card);
        root.getStyleClass().add("lock-root");
        root.setId("lock-screen");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        password.requestFocus();
    }
}
