package id.kantibekisah.app;

import id.kantibekisah.access.Role;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import id.kantibekisah.wiring.AppServices;
import org.kordamp.ikonli.Ikon;

import java.util.Set;
import java.util.function.BiFunction;

/**
 * One entry of the main window's navigation: which roles see it and how to build it from the services it uses.
 * Hiding a screen is a convenience; the services refuse what a role may not do anyway.
 */
public record Screen(String id, String titleKey, Ikon icon, Set<Role> roles,
                     BiFunction<AppServices, UiContext, View> factory) {
    public Screen {
        roles = Set.copyOf(roles);
    }
}
