package id.kantibekisah.privacy.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.privacy.Consent;
import id.kantibekisah.privacy.ConsentBasis;
import id.kantibekisah.privacy.ConsentService;
import id.kantibekisah.privacy.SubjectExport;
import id.kantibekisah.seal.ui.FilePasswordDialog;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Hak siswa (rights of the child, UU PDP): find a student, see and record the parent's consent or the legal basis
 * for processing their data, and export everything the school holds about them.
 */
public final class StudentRightsView implements View {
    private final UiContext ctx;
    private final StudentRightsViewModel vm;
    private final HBox root;
    private final TextField search = new TextField();
    private Function<String, Path> saveChooser;

    public StudentRightsView(UiContext ctx, StudentService students, ConsentService consents,
                             SubjectExport subjectExport) {
        this.ctx = ctx;
        this.vm = new StudentRightsViewModel(ctx, students, consents, subjectExport);
        this.saveChooser = this::chooseFile;

        search.setId("rights-search");
        search.setPromptText(ctx.text("rights.search.prompt"));
        search.textProperty().bindBidirectional(vm.searchProperty());
        ListView<Student> results = new ListView<>(vm.results());
        results.setId("rights-results");
        results.setPlaceholder(new Label(ctx.text("rights.search.empty")));
        results.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Student s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : ctx.text(s.active() ? "rights.result" : "rights.resultLeft",
                        s.name(), s.className(), s.nisn()));
            }
        });
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, value) -> {
            if (value != null) {
                vm.open(value);
            }
        });
        Label searchLabel = new Label(ctx.text("rights.search"));
        searchLabel.setLabelFor(search);
        VBox left = new VBox(6, searchLabel, search, results);
        VBox.setVgrow(results, Priority.ALWAYS);
        left.setPrefWidth(300);
        left.setMinWidth(260);

        Label placeholder = new Label(ctx.text("rights.placeholder"));
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        VBox details = details();
        details.visibleProperty().bind(vm.studentProperty().isNotNull());
        placeholder.visibleProperty().bind(vm.studentProperty().isNull());
        StackPane right = new StackPane(placeholder, details);
        right.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(right, Priority.ALWAYS);

        root = new HBox(16, left, right);
        root.setPadding(new Insets(16, 20, 12, 20));
        root.setId("rights-view");
    }

    private VBox details() {
        Label name = new Label();
        name.setId("rights-student");
        name.getStyleClass().add(Styles.TITLE_3);
        name.textProperty().bind(Bindings.createStringBinding(() -> {
            Student s = vm.studentProperty().get();
            return s == null ? "" : ctx.text("rights.student", s.name(), s.className(), s.nisn());
        }, vm.studentProperty()));

        Label consentTitle = new Label(ctx.text("rights.consent.title"));
        consentTitle.getStyleClass().add(Styles.TITLE_4);
        Label consentHint = new Label(ctx.text("rights.consent.hint"));
        consentHint.setWrapText(true);
        consentHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        TableView<Consent> table = new TableView<>(vm.consents());
        table.setId("rights-consents");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("rights.consent.none")));
        table.setPrefHeight(170);
        table.getColumns().add(column("rights.col.basis", 230, c -> ctx.messages().label(c.basis())));
        table.getColumns().add(column("rights.col.givenBy", 150, c -> c.givenBy() == null ? "" : c.givenBy()));
        table.getColumns().add(fixed(column("rights.col.givenOn", 96, c -> Formats.numericDate(c.givenOn()))));
        table.getColumns().add(column("rights.col.recordedBy", 150, Consent::recordedByName));
        table.getColumns().add(fixed(column("rights.col.state", 150, c -> c.withdrawn()
                ? ctx.text("rights.consent.withdrawnOn", c.withdrawnOn()) : ctx.text("rights.consent.valid"))));
        table.getColumns().add(column("rights.col.note", 160, c -> c.note() == null ? "" : c.note()));
        vm.selectedConsentProperty().bind(table.getSelectionModel().selectedItemProperty());
        Button withdraw = new Button(ctx.text("rights.consent.withdraw"), new FontIcon(Material2AL.BLOCK));
        withdraw.setId("rights-withdraw");
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.selectedConsentProperty().get() == null
                || vm.selectedConsentProperty().get().withdrawn(), vm.selectedConsentProperty()));
        withdraw.setOnAction(e -> vm.onWithdraw());

        ComboBox<Choice<ConsentBasis>> basis = new ComboBox<>(vm.bases());
        basis.setId("rights-basis");
        basis.valueProperty().bindBidirectional(vm.basisProperty());
        basis.setMaxWidth(Double.MAX_VALUE);
        TextField givenBy = new TextField();
        givenBy.setId("rights-given-by");
        givenBy.setPromptText(ctx.text("rights.givenBy.prompt"));
        givenBy.textProperty().bindBidirectional(vm.givenByProperty());
        DatePicker givenOn = Fields.datePicker(ctx.messages());
        givenOn.setId("rights-given-on");
        givenOn.valueProperty().bindBidirectional(vm.givenOnProperty());
        TextField note = new TextField();
        note.setId("rights-note");
        note.textProperty().bindBidirectional(vm.noteProperty());
        Button record = new Button(ctx.text("rights.consent.record"), new FontIcon(Material2MZ.SAVE));
        record.setId("rights-record");
        record.setOnAction(e -> vm.onRecord());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        ColumnConstraints fit = new ColumnConstraints();
        fit.setHgrow(Priority.NEVER);
        form.getColumnConstraints().addAll(fit, wide, fit, wide);
        givenOn.setMaxWidth(Double.MAX_VALUE);
        givenBy.setMaxWidth(Double.MAX_VALUE);
        note.setMaxWidth(Double.MAX_VALUE);
        form.addRow(0, label("rights.col.basis", basis), basis, label("rights.col.givenOn", givenOn), givenOn);
        form.addRow(1, label("rights.col.givenBy", givenBy), givenBy, label("rights.col.note", note), note);
        GridPane.setHgrow(basis, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);
        Label error = new Label();
        error.setId("rights-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.formErrorProperty());
        error.managedProperty().bind(vm.formErrorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox consentActions = new HBox(8, record, grow, withdraw);

        Label exportTitle = new Label(ctx.text("rights.export.title"));
        exportTitle.getStyleClass().add(Styles.TITLE_4);
        Label exportHint = new Label(ctx.text("rights.export.hint"));
        exportHint.setWrapText(true);
        exportHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Button export = new Button(ctx.text("rights.export"), new FontIcon(Material2MZ.SAVE_ALT));
        export.setId("rights-export");
        export.getStyleClass().add(Styles.ACCENT);
        export.disableProperty().bind(vm.exportingProperty());
        export.setOnAction(e -> {
            Path file = saveChooser.apply(vm.suggestedFileName());
            if (file != null) {
                FilePasswordDialog.ask(ctx.owner(), ctx.messages(), file.getFileName().toString(),
                        password -> vm.onExport(file, password));
            }
        });

        VBox box = new VBox(10, name, consentTitle, consentHint, table, form, error, consentActions,
                new javafx.scene.control.Separator(), exportTitle, exportHint, export);
        box.setFillWidth(true);
        return box;
    }

    private Label label(String key, javafx.scene.control.Control field) {
        Label l = new Label(ctx.text(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static <T> TableColumn<Consent, T> fixed(TableColumn<Consent, T> col) {
        col.setMinWidth(col.getPrefWidth());
        return col;
    }

    private TableColumn<Consent, String> column(String key, double width, Function<Consent, String> value) {
        TableColumn<Consent, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    private Path chooseFile(String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ctx.text("rights.export.choose"));
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("rights.export.filter"),
                "*.xlsx"));
        File file = chooser.showSaveDialog(ctx.owner());
        if (file == null) {
            return null;
        }
        String name = file.getName().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") ? file.toPath() : file.toPath().resolveSibling(file.getName() + ".xlsx");
    }

    /** Tests choose the file without the system dialog. */
    void setSaveChooser(Function<String, Path> chooser) {
        this.saveChooser = chooser;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.activate();
        search.requestFocus();
    }

    @Override
    public void onDeactivate() {
        vm.deactivate();
    }
}
