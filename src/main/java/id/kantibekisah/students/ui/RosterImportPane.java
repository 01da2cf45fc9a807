package id.kantibekisah.students.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.students.RosterColumn;
import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterPreview;
import id.kantibekisah.students.RosterProblem;
import id.kantibekisah.students.RosterTexts;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The roster import, shown in place of the student list: choose (or drop) a file, see what the import would do
 * — counts, the column mapping, each problem row with its reason, the students missing from the file — and
 * import or cancel.
 */
final class RosterImportPane implements View {
    private final UiContext ctx;
    private final RosterImportViewModel vm;
    private final VBox root = new VBox(10);
    private final VBox previewBox = new VBox(10);
    private final HBox cards = new HBox(10);
    private final GridPane mapping = new GridPane();
    private final Label source = new Label();
    private final Label unused = new Label();
    private final TabPane tabs = new TabPane();
    private final Tab problemsTab = new Tab();
    private final Tab newTab = new Tab();
    private final Tab updatedTab = new Tab();
    private final Tab missingTab = new Tab();
    private final TableView<RosterProblem> problems = new TableView<>();
    private final TableView<StudentDraft> added = new TableView<>();
    private final TableView<RosterPreview.Update> updated = new TableView<>();
    private final TableView<Student> missing = new TableView<>();
    private final CheckBox deactivate = new CheckBox();
    private final CheckBox skip = new CheckBox();
    private final Label hint = new Label();
    private final ChangeListener<RosterPreview> previewChanged = (obs, old, now) -> showPreview(now);
    private final TextField path;

    RosterImportPane(UiContext ctx, RosterImportViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;

        Button back = new Button(ctx.text("import.back"), new FontIcon(Material2AL.ARROW_BACK));
        back.setId("import-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> vm.onCancel());
        back.disableProperty().bind(vm.stageProperty().isEqualTo(RosterImportViewModel.Stage.IMPORTING));
        Label title = new Label(ctx.text("import.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        HBox header = new HBox(12, back, title);
        header.setAlignment(Pos.CENTER_LEFT);

        Label intro = new Label(ctx.text("import.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        TextField path = new TextField();
        path.setId("import-path");
        path.setPromptText(ctx.text("import.path.prompt"));
        path.textProperty().bindBidirectional(vm.pathProperty());
        path.setOnAction(e -> vm.onRead());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button choose = new Button(ctx.text("import.choose"), new FontIcon(Material2AL.FOLDER_OPEN));
        choose.setId("import-choose");
        choose.setOnAction(e -> choose());
        Button read = new Button(ctx.text("import.read"));
        read.setId("import-read");
        read.setOnAction(e -> vm.onRead());
        ProgressIndicator reading = new ProgressIndicator();
        reading.setPrefSize(22, 22);
        reading.visibleProperty().bind(vm.stageProperty().isEqualTo(RosterImportViewModel.Stage.READING));
        reading.managedProperty().bind(reading.visibleProperty());
        HBox fileRow = new HBox(8, path, choose, read, reading);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        fileRow.disableProperty().bind(vm.stageProperty().isEqualTo(RosterImportViewModel.Stage.IMPORTING));

        Label error = new Label();
        error.setId("import-error");
        error.setWrapText(true);
        error.getStyleClass().add("import-error");
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(vm.errorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.errorProperty().isNotEmpty());

        buildPreview();

        Label dropHint = new Label(ctx.text("import.drop"), new FontIcon(Material2AL.FILE_UPLOAD));
        dropHint.getStyleClass().add("import-drop-label");
        dropHint.setWrapText(true);
        VBox dropZone = new VBox(dropHint);
        dropZone.setId("import-drop");
        dropZone.setAlignment(Pos.CENTER);
        dropZone.getStyleClass().add("import-drop");
        dropZone.visibleProperty().bind(vm.previewProperty().isNull());
        dropZone.managedProperty().bind(dropZone.visibleProperty());
        VBox.setVgrow(dropZone, Priority.ALWAYS);

        root.getChildren().addAll(header, intro, fileRow, error, dropZone, previewBox);
        this.path = path;
        VBox.setVgrow(previewBox, Priority.ALWAYS);
        root.setPadding(new Insets(12, 20, 12, 20));
        root.setId("import-view");
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().getFiles();
            if (files != null && !files.isEmpty()) {
                vm.onFileChosen(files.get(0).toPath());
            }
            e.setDropCompleted(files != null && !files.isEmpty());
            e.consume();
        });
    }

    private void choose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("import.choose.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ctx.text("import.choose.rosters"), "*.xlsx", "*.csv", "*.XLSX",
                        "*.CSV"),
                new FileChooser.ExtensionFilter(ctx.text("import.choose.all"), "*.*"));
        Path downloads = Path.of(System.getProperty("user.home"), "Downloads");
        if (Files.isDirectory(downloads)) {
            chooser.setInitialDirectory(downloads.toFile());
        }
        File file = chooser.showOpenDialog(ctx.owner());
        if (file != null) {
            vm.onFileChosen(file.toPath());
        }
    }

    private void buildPreview() {
        mapping.setId("import-mapping");
        mapping.setHgap(10);
        mapping.setVgap(4);
        ColumnConstraints field = new ColumnConstraints();
        field.setMinWidth(Region.USE_PREF_SIZE); // the field names are never cut off
        ColumnConstraints header = new ColumnConstraints();
        header.setHgrow(Priority.ALWAYS);
        mapping.getColumnConstraints().addAll(field, header);
        Label mappingTitle = new Label(ctx.text("import.mapping"));
        mappingTitle.getStyleClass().add(Styles.TEXT_BOLD);
        source.setId("import-source");
        source.setWrapText(true);
        source.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        unused.setId("import-unused");
        unused.setWrapText(true);
        unused.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox mappingBox = new VBox(6, mappingTitle, source, mapping, unused);
        mappingBox.setPrefWidth(350);
        mappingBox.setMinWidth(320);
        mappingBox.getStyleClass().add("import-mapping-box");

        buildTables();
        tabs.setId("import-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(problemsTab, newTab, updatedTab, missingTab);
        problemsTab.setId("import-tab-problems");
        newTab.setId("import-tab-new");
        updatedTab.setId("import-tab-updated");
        missingTab.setId("import-tab-missing");
        HBox body = new HBox(16, mappingBox, tabs);
        HBox.setHgrow(tabs, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);

        deactivate.setId("import-deactivate");
        deactivate.selectedProperty().bindBidirectional(vm.deactivateMissingProperty());
        skip.setId("import-skip");
        skip.selectedProperty().bindBidirectional(vm.skipInvalidProperty());
        hint.setId("import-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("import-warning");
        hint.textProperty().bind(Bindings.createStringBinding(() -> {
            RosterPreview p = vm.previewProperty().get();
            if (p == null) {
                return "";
            }
            if (p.hasProblems() && !vm.skipInvalidProperty().get()) {
                return ctx.text("import.hint.problems");
            }
            boolean nothing = p.toAdd().isEmpty() && p.toUpdate().isEmpty()
                    && (p.missing().isEmpty() || !vm.deactivateMissingProperty().get());
            return nothing ? ctx.text("import.hint.nothing") : "";
        }, vm.previewProperty(), vm.skipInvalidProperty(), vm.deactivateMissingProperty()));
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());

        Button run = new Button(ctx.text("import.run"), new FontIcon(Material2AL.FILE_UPLOAD));
        run.setId("import-run");
        run.getStyleClass().add(Styles.ACCENT);
        run.disableProperty().bind(vm.canImportBinding().not());
        run.setOnAction(e -> vm.onImport());
        Button cancel = new Button(ctx.text("import.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.onCancel());
        cancel.disableProperty().bind(vm.stageProperty().isEqualTo(RosterImportViewModel.Stage.IMPORTING));
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(ctx.tasks().progressProperty());
        Label importing = new Label(ctx.text("task.importRoster"));
        HBox working = new HBox(8, progress, importing);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.stageProperty().isEqualTo(RosterImportViewModel.Stage.IMPORTING));
        HBox actions = new HBox(10, run, cancel, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        previewBox.getChildren().addAll(cards, body, new VBox(4, deactivate, skip, hint), actions);
        previewBox.setId("import-preview");
        previewBox.visibleProperty().bind(vm.previewProperty().isNotNull());
        previewBox.managedProperty().bind(previewBox.visibleProperty());
    }

    private void buildTables() {
        problems.setId("import-problem-table");
        problems.getColumns().add(column("import.col.row", 70, p -> String.valueOf(p.rowNumber())));
        problems.getColumns().add(column("import.col.name", 200, p -> nameInRow(p.rowNumber())));
        problems.getColumns().add(column("import.col.problem", 400,
                p -> capitalised(ctx.text(p.messageKey(), p.args().toArray()))));
        problems.setPlaceholder(new Label(ctx.text("import.none.problems")));
        problemsTab.setContent(problems);

        added.setId("import-new-table");
        added.getColumns().add(column("student.col.nisn", 110, StudentDraft::nisn));
        added.getColumns().add(column("student.col.name", 220, StudentDraft::name));
        added.getColumns().add(column("student.col.gender", 50,
                d -> ctx.text("gender.short." + d.gender().name())));
        added.getColumns().add(column("student.col.class", 70, StudentDraft::className));
        added.getColumns().add(column("student.col.birthDate", 100, d -> Formats.numericDate(d.birthDate())));
        added.setPlaceholder(new Label(ctx.text("import.none.new")));
        newTab.setContent(added);

        updated.setId("import-updated-table");
        updated.getColumns().add(column("student.col.nisn", 110, u -> u.after().nisn()));
        updated.getColumns().add(column("student.col.name", 200, u -> u.after().name()));
        updated.getColumns().add(column("import.col.changes", 400, this::changes));
        updated.setPlaceholder(new Label(ctx.text("import.none.updated")));
        updatedTab.setContent(updated);

        missing.setId("import-missing-table");
        missing.getColumns().add(column("student.col.nisn", 110, Student::nisn));
        missing.getColumns().add(column("student.col.name", 220, Student::name));
        missing.getColumns().add(column("student.col.class", 70, Student::className));
        missing.setPlaceholder(new Label(ctx.text("import.none.missing")));
        missingTab.setContent(missing);

        for (TableView<?> t : List.of(problems, added, updated, missing)) {
            t.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
            t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            t.getColumns().forEach(c -> c.setSortable(false));
        }
    }

    /** "Kelas: 8B → 9B; Telepon wali: (kosong) → 0812..." */
    private String changes(RosterPreview.Update u) {
        StudentDraft before = u.before().toDraft().normalised();
        List<String> parts = new ArrayList<>();
        for (RosterColumn c : u.changes()) {
            parts.add(ctx.text("import.change", ctx.messages().label(c), value(before, c), value(u.after(), c)));
        }
        if (u.reactivates()) {
            parts.add(ctx.text("import.change.reactivated"));
        }
        return String.join("; ", parts);
    }

    private String value(StudentDraft d, RosterColumn c) {
        Object v = switch (c) {
            case NISN -> d.nisn();
            case NIS -> d.nis();
            case NAME -> d.name();
            case GENDER -> d.gender() == null ? null : ctx.text("gender.short." + d.gender().name());
            case CLASS -> d.className();
            case BIRTH_DATE -> d.birthDate() == null ? null : Formats.numericDate(d.birthDate());
            case GUARDIAN_NAME -> d.guardianName();
            case GUARDIAN_PHONE -> d.guardianPhone();
        };
        return v == null ? ctx.text("import.empty") : v.toString();
    }

    /** The name the file gives in that row, so the user finds the row by name too. */
    private String nameInRow(int rowNumber) {
        RosterFile f = vm.rosterProperty().get();
        if (f == null) {
            return "";
        }
        return f.rows().stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .map(r -> r.draft().name() == null ? "" : r.draft().name()).orElse("");
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private <T> TableColumn<T, String> column(String key, double width, Function<T, String> value) {
        TableColumn<T, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private void showPreview(RosterPreview p) {
        RosterFile f = vm.rosterProperty().get();
        if (p == null || f == null) {
            problems.setItems(FXCollections.observableArrayList());
            added.setItems(FXCollections.observableArrayList());
            updated.setItems(FXCollections.observableArrayList());
            missing.setItems(FXCollections.observableArrayList());
            return;
        }
        cards.getChildren().setAll(
                card("import-count-new", "import.count.new", p.toAdd().size(), "card-new"),
                card("import-count-updated", "import.count.updated", p.toUpdate().size(), "card-updated"),
                card("import-count-unchanged", "import.count.unchanged", p.unchanged(), "card-unchanged"),
                card("import-count-problems", "import.count.problems", p.problemRows(),
                        p.hasProblems() ? "card-problems" : "card-unchanged"),
                card("import-count-missing", "import.count.missing", p.missing().size(), "card-missing"));
        source.setText(RosterTexts.source(ctx.messages(), f));
        mapping.getChildren().clear();
        int row = 0;
        for (RosterColumn c : RosterColumn.values()) {
            Label field = new Label(ctx.messages().label(c));
            field.getStyleClass().add(Styles.TEXT_MUTED);
            String headers = RosterTexts.headers(ctx.messages(), f, c);
            Label from = new Label(headers);
            from.setWrapText(true);
            from.setId("import-map-" + c.name().toLowerCase(java.util.Locale.ROOT));
            from.setTooltip(new Tooltip(headers));
            if (f.headersOf(c).isEmpty()) {
                from.getStyleClass().add(Styles.TEXT_MUTED);
            }
            mapping.addRow(row++, field, from);
        }
        unused.setText(f.unusedHeaders().isEmpty() ? "" : ctx.text("roster.preview.unused",
                f.unusedHeaders().size()));
        Tooltip all = new Tooltip(String.join(", ", f.unusedHeaders()));
        all.setWrapText(true);
        all.setMaxWidth(520);
        unused.setTooltip(f.unusedHeaders().isEmpty() ? null : all);
        problems.setItems(FXCollections.observableArrayList(p.problems()));
        added.setItems(FXCollections.observableArrayList(p.toAdd()));
        updated.setItems(FXCollections.observableArrayList(p.toUpdate()));
        missing.setItems(FXCollections.observableArrayList(p.missing()));
        problemsTab.setText(ctx.text("import.tab.problems", p.problemRows()));
        newTab.setText(ctx.text("import.tab.new", p.toAdd().size()));
        updatedTab.setText(ctx.text("import.tab.updated", p.toUpdate().size()));
        missingTab.setText(ctx.text("import.tab.missing", p.missing().size()));
        tabs.getSelectionModel().select(p.hasProblems() ? problemsTab
                : !p.toAdd().isEmpty() ? newTab : !p.toUpdate().isEmpty() ? updatedTab : missingTab);
        deactivate.setText(ctx.text("import.option.deactivate", p.missing().size()));
        deactivate.setDisable(p.missing().isEmpty());
        skip.setText(ctx.text("import.option.skip", p.problemRows()));
        skip.setVisible(p.hasProblems());
        skip.setManaged(p.hasProblems());
    }

    private VBox card(String id, String labelKey, long value, String style) {
        Label number = new Label(ctx.text("import.number", value));
        number.setId(id);
        number.getStyleClass().add("import-card-number");
        Label label = new Label(ctx.text(labelKey));
        label.getStyleClass().add("import-card-label");
        VBox card = new VBox(2, number, label);
        card.getStyleClass().addAll("import-card", style);
        card.setMinWidth(130);
        return card;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.previewProperty().addListener(previewChanged);
        showPreview(vm.previewProperty().get());
        Platform.runLater(path::requestFocus);
    }

    @Override
    public void onDeactivate() {
        vm.previewProperty().removeListener(previewChanged);
    }
}
