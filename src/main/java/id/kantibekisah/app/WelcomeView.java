package id.kantibekisah.app;

import atlantafx.base.theme.Styles;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A greeting with what the user's role can do here; for roles whose own screens come later. */
public final class WelcomeView implements View {
    private final VBox root;

    public WelcomeView(UiContext ctx) {
        Label title = new Label(ctx.text("welcome.title", ctx.actor().displayName()));
        title.getStyleClass().add(Styles.TITLE_2);
        title.setId("welcome-title");
        Label body = new Label(ctx.text("welcome.role." + ctx.actor().role().name()));
        body.setWrapText(true);
        body.getStyleClass().add(Styles.TEXT_MUTED);
        root = new VBox(12, title, body);
        root.setPadding(new Insets(24));
    }

    @Override
    public Node node() {
        return root;
    }
}
