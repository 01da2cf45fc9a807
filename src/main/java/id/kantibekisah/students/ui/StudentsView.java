package id.kantibekisah.students.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.StudentCase;
import id.kantibekisah.students.ClassPromotion;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.students.ui.StudentFormViewModel.Field;
import id.kantibekisah.ui.Choice;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;
import java.util.function.Function;

/**
 * Siswa: the BK team's roster. A paged list with search and a class filter; the chosen student's data, their
 * cases (read-only) and activate/deactivate beside it; adding or editing one student in the same panel. The
 * roster import and the class promotion open in place of the list.
 */
public final class StudentsView implements View {
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    private final UiContext ctx;
    private final StudentListViewModel list;
    private final StudentFormViewModel form;
    private final RosterImportPane importPane;
    private final PromotionPane promotionPane;
    private final StackPane root = new StackPane();
    private final BorderPane listPage = new BorderPane();
    private final TableView<Student> table = new TableView<>();
    private final StackPane detail = new StackPane();
    private final ChangeListener<Student> selectedChanged = (obs, old, now) -> showSelected(now);
    private View current;

    public StudentsView(UiContext ctx, StudentService students, CaseService cases, RosterImport roster,
                        ClassPromotion promotion) {
        this.ctx = ctx;
        this.list = new StudentListViewModel(ctx, students, cases);
        this.form = new StudentFormViewModel(ctx, students, saved -> {
            list.select(saved);
            list.reload();
        });
        this.importPane = new RosterImportPane(ctx, new RosterImportViewModel(ctx, roster, this::showList));
        this.promotionPane = new PromotionPane(ctx, new PromotionViewModel(ctx, promotion, this::showList));

        buildListPage();
        root.getChildren().add(listPage);
        root.setId("students-view");
    }

    private void buildListPage() {
        TextField search = new TextField();
        search.setId("students-search");
        search.setPromptText(ctx.text("student.search.prompt"));
        search.setPrefColumnCount(22);
        search.textProperty().bindBidirectional(list.searchProperty());
        Label searchIcon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        ComboBox<Choice<String>> classBox = new ComboBox<>(list.classChoices());
        classBox.setId("students-class");
        classBox.valueProperty().bindBidirectional(list.classNameProperty());
        classBox.setPrefWidth(110);
        Label classLabel = new Label(ctx.text("student.filter.class"));
        classLabel.setLabelFor(classBox);
        CheckBox inactive = new CheckBox(ctx.text("student.filter.inactive"));
        inactive.setId("students-inactive");
        inactive.selectedProperty().bindBidirectional(list.includeInactiveProperty());
        Button clear = new Button(ctx.text("filter.clear"), new FontIcon(Material2AL.CLEAR_ALL));
        clear.setId("students-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> list.onClearFilters());

        Button add = new Button(ctx.text("student.add"), new FontIcon(Material2MZ.PERSON_ADD));
        add.setId("students-add");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> form.startNew());
        Button importButton = new Button(ctx.text("student.import"), new FontIcon(Material2AL.FILE_UPLOAD));
        importButton.setId("students-import");
        importButton.setOnAction(e -> showPage(importPane));
        Button promote = new Button(ctx.text("student.promote"), new FontIcon(Material2MZ.UPGRADE));
        promote.setId("students-promote");
        promote.setOnAction(e -> showPage(promotionPane));
        HBox actionRow = new HBox(10, add, importButton, promote);
        actionRow.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label count = new Label();
        count.setId("students-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("student.count", list.totalProperty().get()), list.totalProperty()));
        HBox filterRow = new HBox(10, searchIcon, search, classLabel, classBox, inactive, clear, grow, count);
        filterRow.setAlignment(Pos.CENTER_LEFT);
        VBox toolbar = new VBox(12, actionRow, filterRow);

        buildTable();
        buildDetail();
        ScrollPane detailScroll = new ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        detailScroll.setFitToHeight(true);
        detailScroll.getStyleClass().add("student-detail-scroll");
        detailScroll.setPrefWidth(420);
        detailScroll.setMinWidth(380);
        HBox body = new HBox(14, table, detailScroll);
        HBox.setHgrow(table, Priority.ALWAYS);

        Label page = new Label();
        page.setId("students-page");
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            long total = list.totalProperty().get();
            int from = list.offsetProperty().get();
            return total <= StudentListViewModel.PAGE_SIZE ? "" : ctx.text("cases.page", from + 1,
                    Math.min(total, (long) from + StudentListViewModel.PAGE_SIZE), total);
        }, list.offsetProperty(), list.totalProperty()));
        Button previous = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        previous.setId("students-previous");
        previous.getStyleClass().add(Styles.BUTTON_ICON);
        previous.disableProperty().bind(list.offsetProperty().isEqualTo(0));
        previous.setOnAction(e -> list.onPreviousPage());
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId("students-next");
        next.getStyleClass().add(Styles.BUTTON_ICON);
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> list.offsetProperty().get() + StudentListViewModel.PAGE_SIZE >= list.totalProperty().get(),
                list.offsetProperty(), list.totalProperty()));
        next.setOnAction(e -> list.onNextPage());
        Region footerGrow = new Region();
        HBox.setHgrow(footerGrow, Priority.ALWAYS);
        HBox footer = new HBox(8, footerGrow, page, previous, next);
        footer.setAlignment(Pos.CENTER_LEFT);

        listPage.setTop(toolbar);
        listPage.setCenter(body);
        listPage.setBottom(footer);
        BorderPane.setMargin(body, new Insets(12, 0, 10, 0));
        listPage.setPadding(new Insets(16, 20, 12, 20));
        listPage.setId("students-list-page");
    }

    private void buildTable() {
        table.setId("students-table");
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED);
        table.setItems(list.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ctx.text("student.empty")));
        table.getColumns().add(column("student.col.nisn", 102, Student::nisn));
        TableColumn<Student, String> name = column("student.col.name", 200, Student::name);
        name.setMinWidth(130);
        table.getColumns().add(name);
        table.getColumns().add(column("student.col.gender", 42,
                s -> ctx.text("gender.short." + s.gender().name())));
        table.getColumns().add(column("student.col.class", 58, Student::className));
        table.getColumns().add(column("student.col.birthDate", 92, s -> Formats.numericDate(s.birthDate())));
        TableColumn<Student, String> guardian = column("student.col.guardian", 140,
                s -> s.guardianName() == null ? "" : s.guardianName());
        guardian.setMinWidth(80);
        table.getColumns().add(guardian);
        table.getColumns().add(column("student.col.status", 80,
                s -> s.active() ? "" : ctx.text("student.status.inactive")));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Student item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(INACTIVE, !empty && item != null && !item.active());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> list.onRowSelected(now));
        table.getItems().addListener((javafx.collections.ListChangeListener<Student>) c -> reselect());
    }

    /** After the rows were replaced, the chosen student is selected again when on this page. */
    private void reselect() {
        Student s = list.selectedProperty().get();
        if (s == null) {
            return;
        }
        for (Student row : table.getItems()) {
            if (row.id() == s.id()) {
                table.getSelectionModel().select(row);
                return;
            }
        }
    }

    private TableColumn<Student, String> column(String key, double width, Function<Student, String> value) {
        TableColumn<Student, String> col = new TableColumn<>(ctx.text(key));
        col.setPrefWidth(width);
        col.setMinWidth(width);
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        return col;
    }

    // ---- the panel beside the list ----------------------------------------------------------------------

    private final VBox info = new VBox(10);
    private final VBox placeholder = new VBox(8);
    private final VBox formBox = new VBox(6);
    private final Label name = new Label();
    private final Label status = new Label();
    private final GridPane fields = new GridPane();
    private final Button toggleActive = new Button();
    private final ListView<StudentCase> cases = new ListView<>();
    private final Label casesTitle = new Label();
    private TextField firstField;

    private void buildDetail() {
        Label hint = new Label(ctx.text("student.detail.none"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        placeholder.getChildren().add(hint);
        placeholder.setId("student-placeholder");

        name.setId("student-name");
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        status.setId("student-status");
        fields.setId("student-fields");
        fields.setHgap(12);
        fields.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        fields.getColumnConstraints().addAll(labels, new ColumnConstraints());

        Button edit = new Button(ctx.text("student.edit"), new FontIcon(Material2AL.EDIT));
        edit.setId("student-edit");
        edit.setOnAction(e -> {
            Student s = list.selectedProperty().get();
            if (s != null) {
                form.startEdit(s);
            }
        });
        toggleActive.setId("student-toggle-active");
        toggleActive.setOnAction(e -> list.onToggleActive());
        HBox actions = new HBox(8, edit, toggleActive);

        casesTitle.getStyleClass().add(Styles.TEXT_BOLD);
        casesTitle.setText(ctx.text("student.cases.title"));
        buildCasesList();

        info.getChildren().addAll(new HBox(10, name, status), fields, actions, new Separator(), casesTitle, cases);
        info.setId("student-info");
        ((HBox) info.getChildren().get(0)).setAlignment(Pos.CENTER_LEFT);

        buildForm();

        detail.getChildren().addAll(placeholder, info, formBox);
        detail.setId("student-detail");
        detail.getStyleClass().add("student-detail");
        detail.setPadding(new Insets(4, 4, 4, 4));
        refreshDetail();
    }

    /** Two lines per case, so code, status, date, category and role fit the narrow panel. */
    private void buildCasesList() {
        cases.setId("student-cases");
        cases.setItems(list.cases());
        cases.setPrefHeight(170);
        cases.setMinHeight(120);
        VBox.setVgrow(cases, Priority.ALWAYS);
        cases.getStyleClass().add("student-cases");
        Label empty = new Label();
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty().bind(Bindings.when(list.casesLoadedProperty())
                .then(ctx.text("student.cases.none")).otherwise(ctx.text("student.cases.loading")));
        cases.setPlaceholder(empty);
        cases.setCellFactory(v -> new ListCell<>() {
            private final Label code = new Label();
            private final Label badge = new Label();
            private final Label opened = new Label();
            private final Label about = new Label();
            private final VBox box;

            {
                code.getStyleClass().add(Styles.TEXT_BOLD);
                opened.getStyleClass().add(Styles.TEXT_MUTED);
                about.getStyleClass().add(Styles.TEXT_MUTED);
                Region grow = new Region();
                HBox.setHgrow(grow, Priority.ALWAYS);
                HBox top = new HBox(8, code, badge, grow, opened);
                top.setAlignment(Pos.CENTER_LEFT);
                box = new VBox(2, top, about);
            }

            @Override
            protected void updateItem(StudentCase item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                code.setText(item.code());
                badge.setText(ctx.messages().label(item.status()));
                badge.getStyleClass().setAll("label", "badge",
                        "status-" + item.status().name().toLowerCase(Locale.ROOT));
                opened.setText(Formats.numericDate(item.openedOn()));
                about.setText(ctx.text("student.cases.about", ctx.messages().label(item.category()),
                        ctx.messages().label(item.role())));
                setGraphic(box);
            }
        });
    }

    private void buildForm() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        title.textProperty().bind(Bindings.when(form.isNewProperty()).then(ctx.text("student.form.newTitle"))
                .otherwise(ctx.text("student.form.editTitle")));
        formBox.getChildren().add(title);
        VBox nisnField = field("student-nisn", "student.form.nisn", form.nisnProperty(), Field.NISN,
                "student.form.nisn.prompt");
        VBox nisField = field("student-nis", "student.form.nis", form.nisProperty(), Field.NIS, null);
        VBox nameField = field("student-form-name", "student.form.name", form.nameProperty(), Field.NAME, null);

        ToggleGroup genders = new ToggleGroup();
        RadioButton male = new RadioButton(ctx.messages().label(Gender.L));
        male.setId("student-gender-l");
        male.setUserData(Gender.L);
        male.setToggleGroup(genders);
        RadioButton female = new RadioButton(ctx.messages().label(Gender.P));
        female.setId("student-gender-p");
        female.setUserData(Gender.P);
        female.setToggleGroup(genders);
        genders.selectedToggleProperty().addListener((obs, old, now) ->
                form.genderProperty().set(now == null ? null : (Gender) now.getUserData()));
        form.genderProperty().addListener((obs, old, now) -> {
            if (now == null) {
                genders.selectToggle(null);
            } else {
                genders.selectToggle(now == Gender.L ? male : female);
            }
        });
        Label genderLabel = new Label(ctx.text("student.form.gender"));
        VBox genderField = new VBox(3, genderLabel, new HBox(16, male, female),
                errorLabel("student-gender-error", Field.GENDER));

        VBox classField = field("student-class", "student.form.class", form.classNameProperty(), Field.CLASS,
                "student.form.class.prompt");
        VBox birthField = field("student-birth", "student.form.birthDate", form.birthDateProperty(),
                Field.BIRTH_DATE, "student.form.birthDate.prompt");
        VBox guardianField = field("student-guardian", "student.form.guardian", form.guardianNameProperty(),
                Field.GUARDIAN_NAME, null);
        VBox phoneField = field("student-phone", "student.form.phone", form.guardianPhoneProperty(),
                Field.GUARDIAN_PHONE, "student.form.phone.prompt");

        // Two columns, so the whole form and its buttons fit a 768-pixel-high screen.
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(nisnField, 0, 0);
        grid.add(nisField, 1, 0);
        grid.add(nameField, 0, 1, 2, 1);
        grid.add(genderField, 0, 2, 2, 1);
        grid.add(classField, 0, 3);
        grid.add(birthField, 1, 3);
        grid.add(guardianField, 0, 4);
        grid.add(phoneField, 1, 4);
        formBox.getChildren().add(grid);
        firstField = (TextField) nisnField.getChildren().get(1);

        Label formError = new Label();
        formError.setId("student-form-error");
        formError.setWrapText(true);
        formError.getStyleClass().add(Styles.DANGER);
        formError.textProperty().bind(form.formErrorProperty());
        formError.managedProperty().bind(formError.textProperty().isNotEmpty());
        formError.visibleProperty().bind(formError.textProperty().isNotEmpty());

        Button save = new Button(ctx.text("student.form.save"), new FontIcon(Material2AL.CHECK));
        save.setId("student-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(form.savingProperty());
        save.setOnAction(e -> form.onSave());
        Button cancel = new Button(ctx.text("student.form.cancel"));
        cancel.setId("student-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> form.onCancel());
        formBox.getChildren().addAll(formError, new HBox(8, save, cancel));
        formBox.setId("student-form");
        formBox.setSpacing(10);
        form.editingProperty().addListener((obs, old, now) -> {
            refreshDetail();
            if (now) {
                Platform.runLater(firstField::requestFocus);
            }
        });
    }

    private VBox field(String id, String labelKey, StringProperty value, Field f, String promptKey) {
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        if (promptKey != null) {
            input.setPromptText(ctx.text(promptKey));
        }
        Label label = new Label(ctx.text(labelKey));
        label.setLabelFor(input);
        return new VBox(3, label, input, errorLabel(id + "-error", f));
    }

    private Label errorLabel(String id, Field f) {
        Label error = new Label();
        error.setId(id);
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, Styles.TEXT_SMALL);
        error.textProperty().bind(form.errorProperty(f));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        return error;
    }

    private void showSelected(Student s) {
        if (form.editingProperty().get() && s != null && !form.isNewProperty().get()) {
            form.onCancel(); // another student was chosen: leave the edit of the previous one
        }
        refreshDetail();
    }

    private void refreshDetail() {
        Student s = list.selectedProperty().get();
        boolean editing = form.editingProperty().get();
        formBox.setVisible(editing);
        info.setVisible(!editing && s != null);
        placeholder.setVisible(!editing && s == null);
        if (s == null) {
            return;
        }
        name.setText(s.name());
        status.setText(ctx.text(s.active() ? "student.status.active" : "student.status.inactive"));
        status.getStyleClass().setAll("label", "badge", s.active() ? "student-active" : "student-inactive");
        fields.getChildren().clear();
        int row = 0;
        row = fact(row, "student.form.nisn", s.nisn());
        row = fact(row, "student.form.nis", s.nis());
        row = fact(row, "student.form.gender", ctx.messages().label(s.gender()));
        row = fact(row, "student.form.class", s.className());
        row = fact(row, "student.form.birthDate", Formats.longDate(ctx.messages(), s.birthDate()));
        row = fact(row, "student.form.guardian", s.guardianName());
        fact(row, "student.form.phone", s.guardianPhone());
        toggleActive.setText(ctx.text(s.active() ? "student.deactivate" : "student.activate"));
        toggleActive.setGraphic(new FontIcon(s.active() ? Material2AL.BLOCK : Material2AL.CHECK_CIRCLE));
    }

    private int fact(int row, String labelKey, String value) {
        Label label = new Label(ctx.text(labelKey));
        label.getStyleClass().add(Styles.TEXT_MUTED);
        Label text = new Label(value == null || value.isBlank() ? "\u2014" : value);
        text.setWrapText(true);
        fields.addRow(row, label, text);
        return row + 1;
    }

    // ---- pages --------------------------------------------------------------------------------------------

    private void showPage(View page) {
        ctx.notifier().clear();
        if (current != null) {
            current.onDeactivate();
        }
        current = page;
        root.getChildren().setAll(page.node());
        page.onActivate();
    }

    private void showList() {
        if (current != null) {
            current.onDeactivate();
            current = null;
        }
        root.getChildren().setAll(listPage);
        list.reload();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        list.selectedProperty().addListener(selectedChanged);
        list.activate();
    }

    @Override
    public void onDeactivate() {
        list.selectedProperty().removeListener(selectedChanged);
        list.deactivate();
        if (current != null) {
            current.onDeactivate();
        }
    }
}
