package id.kantibekisah.backup.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.backup.BackupFile;
import id.kantibekisah.backup.BackupInfo;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.backup.BackupSettings;
import id.kantibekisah.backup.RestoreResult;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ui.DialogPlacement;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Date;

/**
 * The admin's "Cadangan" screen: the automatic backups (folder, how many are kept, the last one and whether it
 * failed), backing up now or to a USB stick, the stored backups, restoring one, and the database check.
 */
public final class BackupView implements View {
    private final UiContext ctx;
    private final BackupViewModel vm;
    private final BackupChoosers choosers;
    private final VBox root;

    public BackupView(UiContext ctx, BackupService backups) {
        this(ctx, backups, BackupChoosers.SYSTEM);
    }

    public BackupView(UiContext ctx, BackupService backups, BackupChoosers choosers) {
        this.ctx = ctx;
        this.vm = new BackupViewModel(ctx, backups);
        this.choosers = choosers;
        root = new VBox(16, automaticCard(), storedCard());
        VBox.setVgrow(root.getChildren().get(1), Priority.ALWAYS);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("backup-view");
        root.disableProperty().bind(vm.busyProperty());
    }

    private Node automaticCard() {
        Label title = new Label(ctx.text("backup.auto.title"), new FontIcon(Material2AL.BACKUP));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        Label explain = wrapped();
        explain.textProperty().bind(vm.explainProperty());
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        Label status = wrapped();
        status.setId("backup-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add(Styles.TEXT_BOLD);
        Label failure = wrapped();
        failure.setId("backup-failure");
        failure.textProperty().bind(vm.failureProperty());
        failure.getStyleClass().add(Styles.DANGER);
        failure.visibleProperty().bind(vm.failureProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());

        Label folder = new Label();
        folder.setId("backup-folder");
        folder.textProperty().bind(vm.folderProperty());
        folder.getStyleClass().add("path-label");
        folder.setMaxWidth(Region.USE_PREF_SIZE);
        Button change = new Button(ctx.text("backup.folder.change"), new FontIcon(Material2AL.FOLDER_OPEN));
        change.setId("backup-folder-change");
        change.setOnAction(e -> choosers.folder(owner(), ctx.text("backup.folder.chooser"))
                .ifPresent(vm::onChooseFolder));
        Button reset = new Button(ctx.text("backup.folder.reset"));
        reset.setId("backup-folder-reset");
        reset.getStyleClass().add(Styles.FLAT);
        reset.disableProperty().bind(vm.defaultFolderProperty());
        reset.setOnAction(e -> vm.onUseDefaultFolder());

        Spinner<Integer> daily = spinner(1, BackupSettings.MAX_KEEP_DAILY);
        daily.setId("backup-keep-daily");
        daily.getValueFactory().valueProperty().bindBidirectional(vm.keepDailyProperty());
        Spinner<Integer> weekly = spinner(0, BackupSettings.MAX_KEEP_WEEKLY);
        weekly.setId("backup-keep-weekly");
        weekly.getValueFactory().valueProperty().bindBidirectional(vm.keepWeeklyProperty());
        Button save = new Button(ctx.text("backup.settings.save"));
        save.setId("backup-settings-save");
        save.setOnAction(e -> vm.onSaveSettings());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, grow);
        HBox folderRow = new HBox(10, folder, change, reset);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        grid.add(fieldLabel("backup.folder", folder), 0, 0);
        grid.add(folderRow, 1, 0);
        Label weeklyLabel = fieldLabel("backup.keepWeekly", weekly);
        HBox.setMargin(weeklyLabel, new Insets(0, 0, 0, 14));
        HBox.setMargin(save, new Insets(0, 0, 0, 14));
        HBox keep = new HBox(10, daily, weeklyLabel, weekly, save);
        keep.setAlignment(Pos.CENTER_LEFT);
        grid.add(fieldLabel("backup.keepDaily", daily), 0, 1);
        grid.add(keep, 1, 1);

        Button now = new Button(ctx.text("backup.now"), new FontIcon(Material2AL.BACKUP));
        now.setId("backup-now");
        now.getStyleClass().add(Styles.ACCENT);
        now.setOnAction(e -> vm.onBackupNow());
        Button toFolder = new Button(ctx.text("backup.toFolder"), new FontIcon(Material2MZ.USB));
        toFolder.setId("backup-to-folder");
        toFolder.setOnAction(e -> choosers.folder(owner(), ctx.text("backup.toFolder.chooser"))
                .ifPresent(vm::onBackupTo));
        Button check = new Button(ctx.text("backup.check"), new FontIcon(Material2MZ.VERIFIED_USER));
        check.setId("backup-check");
        check.setOnAction(e -> vm.onCheck());
        check.setTooltip(new javafx.scene.control.Tooltip(ctx.text("backup.check.explain")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox actions = new HBox(10, now, toFolder, gap, check);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, title, explain, status, failure, grid, actions);
        card.getStyleClass().add("card-panel");
        return card;
    }

    private Node storedCard() {
        Label title = new Label(ctx.text("backup.list.title"), new FontIcon(Material2MZ.RESTORE));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        Label explain = wrapped();
        explain.setText(ctx.text("backup.restore.explain"));
        explain.getStyleClass().add(Styles.TEXT_MUTED);

        TableView<BackupFile> table = new TableView<>(vm.files());
        table.setId("backup-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("backup.list.empty")));
        table.setMinHeight(150);
        table.getColumns().add(column("backup.col.taken", 170, vm::takenAt));
        table.getColumns().add(column("backup.col.kind", 190, f -> ctx.messages().label(f.kind())));
        table.getColumns().add(column("backup.col.size", 90, f -> BackupViewModel.size(ctx.messages(), f.size())));
        table.getColumns().add(column("backup.col.file", 320, BackupFile::fileName));
        vm.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);

        Button restoreSelected = new Button(ctx.text("backup.restore.selected"), new FontIcon(Material2MZ.RESTORE));
        restoreSelected.setId("backup-restore-selected");
        restoreSelected.disableProperty().bind(vm.selectedProperty().isNull());
        restoreSelected.setOnAction(e -> restore(vm.selectedProperty().get().path()));
        Button restoreFile = new Button(ctx.text("backup.restore.file"), new FontIcon(Material2AL.FOLDER_OPEN));
        restoreFile.setId("backup-restore-file");
        restoreFile.setOnAction(e -> choosers.databaseFile(owner(), ctx.text("backup.restore.chooser"),
                ctx.text("backup.restore.filter")).ifPresent(this::restore));
        HBox actions = new HBox(10, restoreSelected, restoreFile);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(10, title, explain, table, actions);
        card.getStyleClass().add("card-panel");
        return card;
    }

    private void restore(java.nio.file.Path file) {
        vm.onRestore(file, this::confirm, this::restored);
    }

    /** Shows what the backup holds and what will happen; true when the admin confirms. */
    private boolean confirm(BackupInfo info) {
        Messages m = ctx.messages();
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogPlacement.prepare(dialog, owner());
        dialog.setTitle(m.get("restore.confirm.title"));
        dialog.setHeaderText(m.get("restore.confirm.header"));
        dialog.getDialogPane().setId("restore-confirm");
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        GridPane facts = new GridPane();
        facts.setHgap(14);
        facts.setVgap(6);
        int row = 0;
        row = fact(facts, row, m.get("restore.confirm.file"), info.file().toString());
        if (!info.schoolName().isBlank()) {
            row = fact(facts, row, m.get("restore.confirm.school"), info.schoolName());
        }
        if (info.lastActivity().isPresent()) {
            row = fact(facts, row, m.get("restore.confirm.lastActivity"),
                    m.get("restore.confirm.lastActivity.value", Date.from(info.lastActivity().get())));
        }
        row = fact(facts, row, m.get("restore.confirm.contents"),
                m.get("restore.confirm.contents.value", info.cases(), info.students(), info.users()));
        fact(facts, row, m.get("restore.confirm.schema"), Integer.toString(info.schemaVersion()));
        Label warning = wrapped();
        warning.setText(m.get("restore.confirm.warning"));
        warning.getStyleClass().add(Styles.WARNING);
        VBox content = new VBox(14, facts, warning);
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(m.get("restore.confirm.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(m.get("restore.confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        Button okButton = (Button) dialog.getDialogPane().lookupButton(ok);
        okButton.setId("restore-confirm-ok");
        okButton.getStyleClass().add(Styles.DANGER);
        okButton.setDefaultButton(false);
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("restore-confirm-cancel");
        cancelButton.setDefaultButton(true);
        return dialog.showAndWait().map(b -> b == ok).orElse(false);
    }

    /** The data under the session changed: say so, then back to the log-in. */
    private void restored(RestoreResult r) {
        Alert done = new Alert(Alert.AlertType.INFORMATION);
        DialogPlacement.prepare(done, owner());
        done.setTitle(ctx.text("restore.done.title"));
        done.setHeaderText(ctx.text("restore.done.title"));
        Label body = wrapped();
        body.setText(ctx.text("restore.done.body", r.restored().file().getFileName(),
                r.previousData().getFileName(), r.previousData().getParent()));
        body.setPrefWidth(520);
        done.getDialogPane().setContent(body);
        done.getDialogPane().setId("restore-done");
        done.getDialogPane().lookupButton(ButtonType.OK).setId("restore-done-ok");
        done.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        done.showAndWait();
        ctx.navigator().logOut();
    }

    private static int fact(GridPane grid, int row, String label, String value) {
        Label l = new Label(label);
        l.getStyleClass().add(Styles.TEXT_MUTED);
        Label v = new Label(value);
        v.setWrapText(true);
        v.getStyleClass().add(Styles.TEXT_BOLD);
        grid.add(l, 0, row);
        grid.add(v, 1, row);
        return row + 1;
    }

    private TableColumn<BackupFile, String> column(String key, double width,
                                                   java.util.function.Function<BackupFile, String> value) {
        TableColumn<BackupFile, String> c = new TableColumn<>(ctx.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private Label fieldLabel(String key, Node field) {
        Label l = new Label(ctx.text(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Spinner<Integer> spinner(int min, int max) {
        Spinner<Integer> s = new Spinner<>(min, max, min);
        s.setEditable(true);
        s.setPrefWidth(90);
        return s;
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Window owner() {
        return ctx.owner();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.onActivate();
    }
}
