package id.kantibekisah.settings.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.Locale;

/** The settings every user has: the display language of this PC (saved, then the window is rebuilt in it). */
public final class PreferencesViewModel {
    private final UiContext ctx;
    private final SettingsService settings;
    private final Locale current;
    private final ReadOnlyObjectWrapper<Locale> language = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public PreferencesViewModel(UiContext ctx, SettingsService settings) {
        this.ctx = ctx;
        this.settings = settings;
        this.current = "en".equals(ctx.messages().locale().getLanguage()) ? Messages.ENGLISH : Messages.INDONESIAN;
        language.set(current);
    }

    /** Saves {@code chosen} for this PC and shows the window in it; a failure keeps the current language. */
    public void onChooseLanguage(Locale chosen) {
        if (chosen == null || chosen.equals(language.get()) || busy.get()) {
            return;
        }
        language.set(chosen);
        busy.set(true);
        ctx.tasks().run(null, p -> {
            settings.saveLanguage(chosen);
            return null;
        }, ok -> {
            busy.set(false);
            ctx.navigator().switchLanguage(chosen);
        }, e -> {
            busy.set(false);
            language.set(current);
            ctx.notifier().error(e);
        });
    }

    public void onOpenHelp() {
        ctx.navigator().showHelp();
    }

    public ReadOnlyObjectProperty<Locale> languageProperty() {
        return language.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
