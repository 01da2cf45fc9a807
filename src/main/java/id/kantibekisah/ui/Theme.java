package id.kantibekisah.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

import java.util.Objects;

/** The one look of the program: AtlantaFX's Primer Light plus our stylesheet for what is ours (badges, cards). */
public final class Theme {
    public static final String STYLESHEET = Objects.requireNonNull(
            Theme.class.getResource("/id/kantibekisah/ui/app.css")).toExternalForm();

    private Theme() {
    }

    public static void applyUserAgent() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void style(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
