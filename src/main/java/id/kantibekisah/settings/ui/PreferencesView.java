package id.kantibekisah.settings.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Locale;

/**
 * Pengaturan: what every user may set on this PC (the display language) and the way to the guide. The school's own
 * settings (accounts, privacy, backups) are the admin's screens.
 */
public final class PreferencesView implements View {
    private final ScrollPane root;

    public PreferencesView(UiContext ctx, SettingsService settings) {
        PreferencesViewModel vm = new PreferencesViewModel(ctx, settings);
        Label languageTitle = new Label(ctx.text("prefs.language.title"));
        languageTitle.getStyleClass().add(Styles.TITLE_4);
        ToggleGroup group = new ToggleGroup();
        // Each language is named in itself, so that someone who cannot read the other one still finds theirs.
        RadioButton indonesian = radio(ctx.text("language.id"), "prefs-language-id", Messages.INDONESIAN, group);
        RadioButton english = radio(ctx.text("language.en"), "prefs-language-en", Messages.ENGLISH, group);
        select(group, vm.languageProperty().get());
        vm.languageProperty().addListener((obs, old, value) -> select(group, value));
        group.selectedToggleProperty().addListener((obs, old, value) -> {
            if (value != null) {
                vm.onChooseLanguage((Locale) value.getUserData());
            }
        });
        indonesian.disableProperty().bind(vm.busyProperty());
        english.disableProperty().bind(vm.busyProperty());

        Label helpTitle = new Label(ctx.text("prefs.help.title"));
        helpTitle.getStyleClass().add(Styles.TITLE_4);
        Button openHelp = new Button(ctx.text("prefs.help.open"), new FontIcon(Material2AL.HELP_OUTLINE));
        openHelp.setId("prefs-help");
        openHelp.setOnAction(e -> vm.onOpenHelp());

        VBox content = new VBox(10, languageTitle, hint(ctx.text("prefs.language.hint")), indonesian, english,
                new Separator(), helpTitle, hint(ctx.text("prefs.help.hint")), openHelp);
        VBox.setMargin(indonesian, new Insets(4, 0, 0, 0));
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("preferences-view");
    }

    private static RadioButton radio(String text, String id, Locale locale, ToggleGroup group) {
        RadioButton b = new RadioButton(text);
        b.setId(id);
        b.setUserData(locale);
        b.setToggleGroup(group);
        return b;
    }

    private static void select(ToggleGroup group, Locale locale) {
        group.getToggles().stream().filter(t -> t.getUserData().equals(locale)).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        return l;
    }

    @Override
    public Node node() {
        return root;
    }
}
