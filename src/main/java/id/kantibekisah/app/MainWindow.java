package id.kantibekisah.app;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Actor;
import id.kantibekisah.cases.ui.CaseDetailView;
import id.kantibekisah.common.Messages;
import id.kantibekisah.help.ui.HelpGuide;
import id.kantibekisah.seal.SealService;
import id.kantibekisah.seal.ui.SealKeyDialogs;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FolderOpener;
import id.kantibekisah.ui.Navigator;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Shortcut;
import id.kantibekisah.ui.TaskRunner;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import id.kantibekisah.wiring.AppServices;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window after log-in: navigation on the left (only the role's screens), the current screen in the middle
 * with one message bar above it, and a status bar with who is logged in. A compact menu bar on top holds the same
 * screens, the account actions and the guide, each with its keyboard shortcut: {@code Ctrl+1}… for the screens in
 * navigation order, {@code Alt+Left} back, {@code Ctrl+L} lock, {@code Ctrl+Shift+Q} log out, {@code F1} the guide.
 */
public final class MainWindow implements Notifier, Navigator {
    private final StackPane root = new StackPane();
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final Label screenTitle = new Label();
    private final HBox messageBar = new HBox(8);
    private final Label messageText = new Label();
    private final ToggleGroup navGroup = new ToggleGroup();
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final Map<String, Screen> screens = new LinkedHashMap<>();
    private final AppServices services;
    private final UiContext ctx;
    private final Runnable logOut;
    private View current;
    /** The navigation screen shown last, kept as it was so that "back" returns to its filters and scroll. */
    private View lastScreen;
    private String lastScreenId;
    private final List<Shortcut> shortcuts = new ArrayList<>();
    private Consumer<Locale> onLanguage = locale -> { };
    private Runnable lockNow = () -> { };
    private HelpGuide help;

    public MainWindow(AppServices services, Actor actor, Messages messages, TaskRunner tasks,
                      Supplier<Window> owner, Runnable onLogout) {
        this(services, actor, messages, tasks, owner, onLogout, FolderOpener.NONE);
    }

    public MainWindow(AppServices services, Actor actor, Messages messages, TaskRunner tasks,
                      Supplier<Window> owner, Runnable onLogout, FolderOpener folders) {
        this(services, actor, messages, tasks, owner, onLogout, folders, null);
    }

    /** A main window that opens on {@code startScreen} (null: the role's first screen). */
    public MainWindow(AppServices services, Actor actor, Messages messages, TaskRunner tasks,
                      Supplier<Window> owner, Runnable onLogout, FolderOpener folders, String startScreen) {
        this.services = services;
        this.ctx = new UiContext(services.clock(), actor, messages, tasks, this, this, owner, folders);
        List<Screen> available = Screens.forRole(actor.role());
        available.forEach(s -> screens.put(s.id(), s));

        VBox nav = new VBox(4);
        nav.getStyleClass().add("nav");
        nav.setId("nav");
        Label brand = new Label(messages.get("app.name"), new FontIcon(Material2AL.FAVORITE));
        brand.getStyleClass().add("nav-brand");
        nav.getChildren().add(brand);
        for (Screen s : available) {
            ToggleButton b = new ToggleButton(messages.get(s.titleKey()), new FontIcon(s.icon()));
            b.setId("nav-" + s.id());
            b.setToggleGroup(navGroup);
            b.getStyleClass().add("nav-button");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> show(s.id()));
            navButtons.put(s.id(), b);
            nav.getChildren().add(b);
        }
        Region grow = new Region();
        VBox.setVgrow(grow, Priority.ALWAYS);
        Button logout = new Button(messages.get("main.logout"), new FontIcon(Material2AL.LOG_OUT));
        logout.setId("logout");
        logout.getStyleClass().addAll("nav-button", Styles.FLAT);
        logout.setMaxWidth(Double.MAX_VALUE);
        this.logOut = () -> {
            tasks.run(null, p -> {
                services.users().logout(actor);
                return null;
            }, ok -> { }, err -> { });
            onLogout.run();
        };
        logout.setOnAction(e -> logOut());
        nav.getChildren().addAll(grow, logout);

        screenTitle.getStyleClass().addAll(Styles.TITLE_3, "screen-title");
        screenTitle.setId("screen-title");
        Label school = new Label(services.settings().profile().name());
        school.getStyleClass().add(Styles.TEXT_MUTED);
        Region headerGrow = new Region();
        HBox.setHgrow(headerGrow, Priority.ALWAYS);
        HBox header = new HBox(12, screenTitle, headerGrow, school);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");

        messageBar.setId("message-bar");
        messageBar.getStyleClass().add("message-bar");
        messageText.setId("message-text");
        messageText.setWrapText(true);
        messageText.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(messageText, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Material2AL.CLOSE));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> clear());
        messageBar.getChildren().addAll(messageText, close);
        messageBar.setAlignment(Pos.CENTER_LEFT);
        messageBar.setVisible(false);
        messageBar.setManaged(false);

        VBox center = new VBox(header, messageBar, content);
        VBox.setVgrow(content, Priority.ALWAYS);
        content.getStyleClass().add("screen-content");

        Label who = new Label(messages.get("main.status.user", actor.displayName(), messages.label(actor.role())),
                new FontIcon(Material2AL.ACCOUNT_CIRCLE));
        who.setId("status-user");
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(140);
        progress.progressProperty().bind(tasks.progressProperty());
        Label task = new Label();
        task.textProperty().bind(tasks.titleProperty());
        progress.visibleProperty().bind(tasks.titleProperty().isNotEmpty());
        Region statusGrow = new Region();
        HBox.setHgrow(statusGrow, Priority.ALWAYS);
        Label date = new Label(ctx.text("main.status.today", ctx.today()));
        date.setId("status-today");
        HBox status = new HBox(12, who, statusGrow, task, progress, date);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");
        status.setId("status-bar");

        frame.setTop(menuBar(available, messages));
        frame.setLeft(nav);
        frame.setCenter(center);
        frame.setBottom(status);
        root.getChildren().add(frame);
        root.setId("main-window");
        if (startScreen != null && screens.containsKey(startScreen)) {
            show(startScreen);
        } else if (!available.isEmpty()) {
            show(available.get(0).id());
        }
    }

    private MenuBar menuBar(List<Screen> available, Messages m) {
        Menu go = new Menu(m.get("menu.go"));
        go.setId("menu-go");
        int number = 1;
        for (Screen s : available) {
            String title = m.get(s.titleKey());
            if (number <= 9) {
                KeyCombination keys = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + number),
                        KeyCombination.SHORTCUT_DOWN);
                go.getItems().add(item("menu-" + s.id(), title, s.icon(), keys, () -> show(s.id())));
                navButtons.get(s.id()).setTooltip(new Tooltip(keys.getDisplayText()));
            } else {
                go.getItems().add(item("menu-" + s.id(), title, s.icon(), null, () -> show(s.id())));
            }
            number++;
        }
        go.getItems().addAll(new SeparatorMenuItem(), item("menu-back", m.get("menu.back"), Material2AL.ARROW_BACK,
                new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN), this::back));

        Menu account = new Menu(m.get("menu.account"));
        account.setId("menu-account");
        if (SealService.isReader(ctx.actor().role())) {
            account.getItems().add(item("menu-seal-key", m.get("menu.sealKey"), Material2MZ.VPN_KEY, null,
                    () -> sealKeys().open()));
        }
        account.getItems().addAll(
                item("menu-lock", m.get("menu.lock"), Material2AL.LOCK,
                        new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), () -> lockNow.run()),
                item("menu-logout", m.get("main.logout"), Material2AL.LOG_OUT,
                        new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                        this::logOut));

        Menu helpMenu = new Menu(m.get("menu.help"));
        helpMenu.setId("menu-help");
        helpMenu.getItems().addAll(
                item("menu-guide", m.get("menu.guide"), Material2AL.HELP_OUTLINE, new KeyCodeCombination(KeyCode.F1),
                        this::showHelp),
                item("menu-shortcuts", m.get("menu.shortcuts"), Material2AL.KEYBOARD, null,
                        () -> helpGuide().show(HelpGuide.SHORTCUTS_PAGE)));

        MenuBar bar = new MenuBar(go, account, helpMenu);
        bar.setId("menu-bar");
        bar.getStyleClass().add("main-menu");
        return bar;
    }

    /**
     * A menu item whose shortcut works while the main window shows: not behind the lock screen, which hides this
     * window's content.
     */
    private MenuItem item(String id, String text, org.kordamp.ikonli.Ikon icon, KeyCombination keys, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setOnAction(e -> {
            if (root.isVisible() && root.getScene() != null) {
                action.run();
            }
        });
        if (keys != null) {
            item.setAccelerator(keys);
            shortcuts.add(new Shortcut(keys, text));
        }
        return item;
    }

    /** The shortcuts of this window, in menu order, as the guide lists them. */
    public List<Shortcut> shortcuts() {
        return List.copyOf(shortcuts);
    }

    /** What to do when the user picks another language in the settings (the program rebuilds this window). */
    public void onLanguageChange(Consumer<Locale> action) {
        this.onLanguage = action;
    }

    /** What {@code Ctrl+L} and "lock screen" do (the session's auto-lock). */
    public void onLockNow(Runnable action) {
        this.lockNow = action;
    }

    @Override
    public void switchLanguage(Locale locale) {
        onLanguage.accept(locale);
    }

    @Override
    public void showHelp() {
        helpGuide().show(HelpGuide.pageOf(ctx.actor().role()));
    }

    private HelpGuide helpGuide() {
        if (help == null) {
            help = new HelpGuide(ctx.messages(), ctx.actor().role(), shortcuts(), ctx.owner());
        }
        return help;
    }

    public Node node() {
        return root;
    }

    /** The case file's key dialogs for this session's user. */
    public SealKeyDialogs sealKeys() {
        return new SealKeyDialogs(ctx.owner(), ctx.messages(), ctx.tasks(), services.seal(), services.users(),
                ctx.actor(), this::clear);
    }

    public UiContext context() {
        return ctx;
    }

    /** Stops the current screen (its listeners go with it). */
    public void close() {
        if (help != null) {
            help.close();
        }
        if (current != null) {
            current.onDeactivate();
            current = null;
        }
    }

    @Override
    public void show(String screenId) {
        Screen s = screens.get(screenId);
        if (s == null) {
            return;
        }
        View view = s.factory().apply(services, ctx);
        lastScreen = view;
        lastScreenId = screenId;
        setView(view, ctx.text(s.titleKey()));
        selectNav(screenId);
    }

    private void selectNav(String screenId) {
        ToggleButton b = navButtons.get(screenId);
        if (b != null) {
            b.setSelected(true);
        }
    }

    @Override
    public void logOut() {
        close();
        logOut.run();
    }

    /** Shows a view that is not in the navigation (a case's detail, a new case). */
    @Override
    public void showView(View view, String title) {
        setView(view, title);
        navGroup.selectToggle(null);
    }

    @Override
    public void openCase(long caseId) {
        showView(new CaseDetailView(ctx, services.cases(), services.users(), services.ppksp(), caseId), ctx.text("screen.caseDetail"));
    }

    @Override
    public void back() {
        if (lastScreen == null) {
            return;
        }
        if (current != lastScreen) {
            setView(lastScreen, ctx.text(screens.get(lastScreenId).titleKey()));
        }
        selectNav(lastScreenId);
    }

    private void setView(View view, String title) {
        clear();
        if (current != null) {
            current.onDeactivate();
        }
        current = view;
        screenTitle.setText(title);
        content.getChildren().setAll(view.node());
        view.onActivate();
    }

    @Override
    public void error(Throwable error) {
        showMessage(ErrorPresenter.message(ctx.messages(), error), true);
    }

    @Override
    public void info(String text) {
        showMessage(text, false);
    }

    private void showMessage(String text, boolean isError) {
        messageText.setText(text);
        messageBar.getStyleClass().removeAll("message-error", "message-info");
        messageBar.getStyleClass().add(isError ? "message-error" : "message-info");
        messageBar.setVisible(true);
        messageBar.setManaged(true);
    }

    @Override
    public void clear() {
        messageText.setText("");
        messageBar.setVisible(false);
        messageBar.setManaged(false);
    }
}
