package id.kantibekisah.help.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Role;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ui.Shortcut;
import id.kantibekisah.ui.Theme;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.List;

/**
 * The in-app guide (Bantuan, F1): one page per role (how to log an intake, handle a case, read and export the term
 * report, manage accounts and backups) and the keyboard shortcuts. It opens on the page of the user's role and stays
 * open beside the work (not modal); the lock screen closes it with every other window.
 */
public final class HelpGuide {
    public static final String SHORTCUTS_PAGE = "shortcuts";
    private static final List<String> ROLE_PAGES = List.of("cadre", "counselor", "principal", "admin");

    private final Dialog<Void> dialog = new Dialog<>();
    private final TabPane tabs = new TabPane();

    /** {@code shortcuts}: those of the main window's menus, listed first on the shortcuts page. */
    public HelpGuide(Messages m, Role role, List<Shortcut> shortcuts, Window owner) {
        String own = pageOf(role);
        // The user's own page first, then the others in the usual order.
        tabs.getTabs().add(rolePage(m, own));
        ROLE_PAGES.stream().filter(p -> !p.equals(own)).forEach(p -> tabs.getTabs().add(rolePage(m, p)));
        tabs.getTabs().add(shortcutsPage(m, shortcuts));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("help-tabs");

        dialog.setTitle(m.get("help.title"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
        dialog.setResizable(true);
        ButtonType close = new ButtonType(m.get("help.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.getDialogPane().setContent(tabs);
        dialog.getDialogPane().setId("help-guide");
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("help-guide");
        dialog.getDialogPane().setPrefSize(820, 600);
    }

    /** The page of a role's guide. */
    public static String pageOf(Role role) {
        return switch (role) {
            case CADRE -> "cadre";
            case PRINCIPAL -> "principal";
            case ADMIN -> "admin";
            default -> "counselor";
        };
    }

    /** Shows the guide on {@code page} (brings it to the front when it is open already). */
    public void show(String page) {
        tabs.getTabs().stream().filter(t -> ("help-tab-" + page).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
        if (dialog.isShowing()) {
            Window w = dialog.getDialogPane().getScene().getWindow();
            w.requestFocus();
        } else {
            dialog.show();
        }
    }

    public void close() {
        if (dialog.isShowing()) {
            dialog.close();
        }
    }

    private static Tab rolePage(Messages m, String page) {
        VBox body = new VBox(8);
        Label title = new Label(m.get("help." + page + ".title"));
        title.getStyleClass().add(Styles.TITLE_3);
        body.getChildren().add(title);
        // One line per paragraph; "# " starts a heading, "1. " a step.
        for (String line : m.get("help." + page + ".text").split("\n")) {
            Label l;
            if (line.startsWith("# ")) {
                l = new Label(line.substring(2));
                l.getStyleClass().addAll(Styles.TITLE_4, "help-heading");
            } else {
                l = new Label(line);
                l.getStyleClass().add(line.matches("\\d+\\. .*") ? "help-step" : "help-text");
            }
            l.setWrapText(true);
            body.getChildren().add(l);
        }
        return tab(m.get("help.tab." + page), page, body);
    }

    private static Tab shortcutsPage(Messages m, List<Shortcut> windowShortcuts) {
        VBox body = new VBox(8);
        Label title = new Label(m.get("help.shortcuts.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label window = new Label(m.get("help.shortcuts.window"));
        window.getStyleClass().addAll(Styles.TITLE_4, "help-heading");
        Label screens = new Label(m.get("help.shortcuts.screens"));
        screens.getStyleClass().addAll(Styles.TITLE_4, "help-heading");
        // What the screens themselves handle (IntakeView, NewCaseView, FormDialog, the lists, HomeView...).
        List<Shortcut> inScreens = List.of(
                new Shortcut(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN),
                        m.get("help.shortcuts.save")),
                new Shortcut(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                        m.get("help.shortcuts.confirm")),
                new Shortcut(new KeyCodeCombination(KeyCode.ENTER), m.get("help.shortcuts.open")),
                new Shortcut(new KeyCodeCombination(KeyCode.F5), m.get("help.shortcuts.refresh")),
                new Shortcut(new KeyCodeCombination(KeyCode.ESCAPE), m.get("help.shortcuts.cancel")),
                new Shortcut(new KeyCodeCombination(KeyCode.TAB), m.get("help.shortcuts.tab")));
        body.getChildren().addAll(title, window, table(windowShortcuts, "help-shortcuts-window"), screens,
                table(inScreens, "help-shortcuts-screens"));
        return tab(m.get("help.tab.shortcuts"), SHORTCUTS_PAGE, body);
    }

    private static GridPane table(List<Shortcut> shortcuts, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        // The same key column in both tables, so that the descriptions line up.
        grid.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(150));
        grid.setVgap(6);
        int row = 0;
        for (Shortcut s : shortcuts) {
            Label keys = new Label(s.keysText());
            keys.getStyleClass().add("kbd");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label what = new Label(s.description());
            what.setWrapText(true);
            grid.addRow(row++, keys, what);
        }
        return grid;
    }

    private static Tab tab(String text, String page, VBox body) {
        body.setPadding(new Insets(16, 20, 16, 8));
        body.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        Tab tab = new Tab(text, scroll);
        tab.setId("help-tab-" + page);
        return tab;
    }
}
