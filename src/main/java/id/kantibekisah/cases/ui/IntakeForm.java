package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Actor;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.ui.IntakeFormModel.Field;
import id.kantibekisah.cases.ui.IntakeFormModel.PartyEntry;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.students.NameSearch;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.ui.Fields;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The fields of an intake, laid out in two columns that fit a 1366×768 screen without scrolling: who (students
 * and their roles), what, where and when on the left; the story, urgency and how the reporter knows on the right.
 * Shared by the cadre's "Catat Laporan" and the counselor's "Kasus baru" (which also asks who reported it).
 */
final class IntakeForm {
    private static final Logger LOG = Logger.getLogger(IntakeForm.class.getName());

    private final Messages m;
    private final IntakeFormModel model;
    private final GridPane root = new GridPane();
    private final TextField studentField = new TextField();
    private final VBox partyRows = new VBox(6);
    private final ReadOnlyStringWrapper noMatch = new ReadOnlyStringWrapper("");
    private final Node firstField;

    /**
     * The students the logged-in user may pick for {@code text} (name and class only), for the auto-completion of
     * the intake and the new-case forms; called off the FX thread. A failed lookup offers nothing rather than an
     * error popup while typing; a refusal with a message (too many searches) is thrown and shown under the field.
     */
    static List<StudentChoice> suggestions(StudentService students, Actor actor, String text) {
        try {
            return students.pick(actor, text);
        } catch (ServiceException e) {
            // A message for the user (too many searches): shown under the field.
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "student suggestions failed", e);
            return List.of();
        }
    }

    /**
     * @param suggest  students matching typed text; called off the FX thread by the auto-completion
     * @param forCadre words the questions for a cadre ("Anda melihat sendiri?") rather than about a reporter
     */
    IntakeForm(Messages m, IntakeFormModel model, Function<String, List<StudentChoice>> suggest, boolean forCadre) {
        this.m = m;
        this.model = model;
        root.getStyleClass().add("intake-form");
        root.setHgap(28);
        root.setVgap(0);
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(46);
        left.setFillWidth(true);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(54);
        right.setFillWidth(true);
        root.getColumnConstraints().setAll(left, right);

        VBox leftColumn = new VBox(14);
        VBox rightColumn = new VBox(14);
        root.add(leftColumn, 0, 0);
        root.add(rightColumn, 1, 0);
        GridPane.setValignment(leftColumn, VPos.TOP);
        GridPane.setValignment(rightColumn, VPos.TOP);
        GridPane.setFillHeight(leftColumn, false);
        GridPane.setFillHeight(rightColumn, false);

        if (model.asksReporter()) {
            ComboBox<ReporterKind> reporter = Fields.enumBox(m, Arrays.asList(ReporterKind.values()),
                    m.get("intake.reporter.prompt"));
            reporter.setId("intake-reporter");
            reporter.valueProperty().bindBidirectional(model.reporterKindProperty());
            TextField reporterName = new TextField();
            reporterName.setId("intake-reporter-name");
            reporterName.setPromptText(m.get("intake.reporterName.prompt"));
            reporterName.textProperty().bindBidirectional(model.reporterNameProperty());
            HBox row = new HBox(10, reporter, reporterName);
            reporter.setPrefWidth(230);
            HBox.setHgrow(reporterName, Priority.ALWAYS);
            leftColumn.getChildren().add(section(m.get("intake.reporter"), true, reporter, row, Field.REPORTER,
                    Field.REPORTER_NAME));
            Fields.invalidWhen(reporter, model.problemProperty(Field.REPORTER));
            Fields.invalidWhen(reporterName, model.problemProperty(Field.REPORTER_NAME));
            firstField = reporter;
        } else {
            firstField = studentField;
        }

        studentField.setId("intake-student");
        studentField.setPromptText(m.get(forCadre ? "intake.student.prompt.cadre" : "intake.student.prompt"));
        int minChars = forCadre ? NameSearch.MIN_NAME_CHARS : StudentService.PICK_MIN_CHARS;
        StringConverter<StudentChoice> shown = new StringConverter<>() {
            @Override
            public String toString(StudentChoice s) {
                return s == null ? "" : m.get("intake.student.choice", s.name(), s.className());
            }

            @Override
            public StudentChoice fromString(String text) {
                return null;
            }
        };
        AutoCompletionBinding<StudentChoice> completion = TextFields.bindAutoCompletion(studentField,
                request -> {
                    String text = request.getUserText();
                    List<StudentChoice> found;
                    String problem = "";
                    try {
                        found = text == null || text.trim().length() < minChars ? List.of()
                                : suggest.apply(text).stream()
                                        .filter(s -> !model.chosenIds().contains(s.id())).toList();
                        if (found.isEmpty() && text != null && text.trim().length() >= minChars) {
                            problem = m.get("intake.student.noMatch", text.trim());
                        }
                    } catch (ServiceException e) {
                        found = List.of();
                        problem = m.message(e);
                    }
                    String shownProblem = problem;
                    // The completion asks on its own thread; what the form shows changes on the FX thread only.
                    Platform.runLater(() -> noMatch.set(shownProblem));
                    return found;
                }, shown);
        completion.setVisibleRowCount(8);
        completion.prefWidthProperty().bind(studentField.widthProperty());
        completion.setOnAutoCompleted(e -> {
            model.addStudent(e.getCompletion());
            Platform.runLater(studentField::clear);
        });
        Label hint = new Label(m.get(forCadre ? "intake.student.hint.cadre" : "intake.student.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setWrapText(true);
        Label none = Fields.problem(noMatch.getReadOnlyProperty());
        none.getStyleClass().remove("field-problem");
        none.getStyleClass().add(Styles.TEXT_MUTED);
        partyRows.setId("intake-parties");
        model.parties().addListener((ListChangeListener<PartyEntry>) c -> {
            // Rebuild the rows when students come or go, not when a role changes: that would take the focus
            // away from the role box being used.
            boolean structural = false;
            while (c.next()) {
                structural |= c.wasAdded() || c.wasRemoved() || c.wasPermutated();
            }
            if (structural) {
                rebuildParties();
            }
        });
        VBox students = new VBox(6, studentField, hint, none, partyRows);
        leftColumn.getChildren().add(section(m.get(forCadre ? "intake.students.cadre" : "intake.students"), true,
                studentField, students, Field.STUDENTS));
        // The picker is wrong only while nobody is named; a missing role marks the role's own box.
        Fields.invalidWhen(studentField, Bindings.createStringBinding(
                () -> model.parties().isEmpty() ? model.problemProperty(Field.STUDENTS).get() : "",
                model.parties(), model.problemProperty(Field.STUDENTS)));

        ComboBox<Category> category = Fields.enumBox(m, Arrays.asList(Category.values()),
                m.get("intake.category.prompt"));
        category.setId("intake-category");
        category.setMaxWidth(Double.MAX_VALUE);
        category.valueProperty().bindBidirectional(model.categoryProperty());
        leftColumn.getChildren().add(section(m.get("intake.category"), true, category, category, Field.CATEGORY));
        Fields.invalidWhen(category, model.problemProperty(Field.CATEGORY));

        ComboBox<IncidentLocation> location = Fields.enumBox(m, Arrays.asList(IncidentLocation.values()),
                m.get("intake.location.prompt"));
        location.setId("intake-location");
        location.valueProperty().bindBidirectional(model.locationProperty());
        location.setPrefWidth(270);
        location.setMinWidth(220);
        TextField detail = new TextField();
        detail.setId("intake-location-detail");
        detail.setPromptText(m.get("intake.locationDetail.prompt"));
        detail.textProperty().bindBidirectional(model.locationDetailProperty());
        HBox where = new HBox(10, location, detail);
        HBox.setHgrow(detail, Priority.ALWAYS);
        leftColumn.getChildren().add(section(m.get("intake.location"), true, location, where, Field.LOCATION,
                Field.LOCATION_DETAIL));
        Fields.invalidWhen(location, model.problemProperty(Field.LOCATION));
        Fields.invalidWhen(detail, model.problemProperty(Field.LOCATION_DETAIL));

        DatePicker date = Fields.datePicker(m);
        date.setId("intake-date");
        date.setPrefWidth(170);
        date.getEditor().textProperty().bindBidirectional(model.dateTextProperty());
        TextField time = new TextField();
        time.setId("intake-time");
        time.setPromptText(m.get("intake.time.prompt"));
        time.setPrefColumnCount(6);
        time.textProperty().bindBidirectional(model.timeTextProperty());
        Label timeCaption = new Label(m.get("intake.time"));
        timeCaption.setLabelFor(time);
        timeCaption.getStyleClass().add(Styles.TEXT_MUTED);
        HBox when = new HBox(10, date, timeCaption, time);
        when.setAlignment(Pos.CENTER_LEFT);
        leftColumn.getChildren().add(section(m.get("intake.date"), true, date, when, Field.DATE, Field.TIME));
        Fields.invalidWhen(date, model.problemProperty(Field.DATE));
        Fields.invalidWhen(time, model.problemProperty(Field.TIME));

        TextArea description = new TextArea();
        description.setId("intake-description");
        description.setWrapText(true);
        description.setPrefRowCount(9);
        description.setPromptText(m.get(forCadre ? "intake.description.prompt.cadre" : "intake.description.prompt"));
        description.textProperty().bindBidirectional(model.descriptionProperty());
        Fields.tabLeavesTextArea(description);
        rightColumn.getChildren().add(section(m.get("intake.description"), true, description, description,
                Field.DESCRIPTION));
        Fields.invalidWhen(description, model.problemProperty(Field.DESCRIPTION));

        Node urgency = Fields.radios(m, Arrays.asList(RiskLevel.values()), model.urgencyProperty(), "intake-urgency");
        Label urgentHint = new Label(m.get("intake.urgency.urgentHint"));
        urgentHint.setId("intake-urgent-hint");
        urgentHint.setWrapText(true);
        urgentHint.getStyleClass().addAll("urgent-hint", Styles.TEXT_SMALL);
        urgentHint.visibleProperty().bind(model.urgencyProperty().isEqualTo(RiskLevel.URGENT));
        urgentHint.managedProperty().bind(urgentHint.visibleProperty());
        rightColumn.getChildren().add(section(m.get(forCadre ? "intake.urgency.cadre" : "intake.urgency"), true,
                urgency, new VBox(6, urgency, urgentHint), Field.URGENCY));

        Node knowledge = Fields.radios(m, Arrays.asList(Knowledge.values()), model.knowledgeProperty(),
                "intake-knowledge");
        rightColumn.getChildren().add(section(m.get(forCadre ? "intake.knowledge.cadre" : "intake.knowledge"), true,
                knowledge, knowledge, Field.KNOWLEDGE));
    }

    /** A caption, the field(s) and the problem lines of the given form fields. */
    private VBox section(String caption, boolean required, Node labelFor, Node content, Field... fields) {
        VBox box = new VBox(5, Fields.caption(caption, required, labelFor), content);
        for (Field f : fields) {
            box.getChildren().add(Fields.problem(model.problemProperty(f)));
        }
        box.getStyleClass().add("form-section");
        if (content instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        return box;
    }

    private void rebuildParties() {
        partyRows.getChildren().clear();
        int i = 0;
        for (PartyEntry p : model.parties()) {
            Label name = new Label(m.get("intake.student.choice", p.student().name(), p.student().className()));
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(120);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(name, Priority.ALWAYS);
            ComboBox<PartyRole> role = Fields.enumBox(m, Arrays.asList(PartyRole.values()),
                    m.get("intake.role.prompt"));
            role.setId("intake-party-" + i + "-role");
            role.setPrefWidth(170);
            role.valueProperty().bindBidirectional(p.roleProperty());
            Fields.invalidWhen(role, Bindings.createStringBinding(
                    () -> role.getValue() == null ? model.problemProperty(Field.STUDENTS).get() : "",
                    role.valueProperty(), model.problemProperty(Field.STUDENTS)));
            Label roleCaption = new Label(m.get("intake.role"));
            roleCaption.setLabelFor(role);
            roleCaption.getStyleClass().add(Styles.TEXT_MUTED);
            Button remove = Fields.enterPresses(new Button(null, new FontIcon(Material2AL.CLOSE)));
            remove.setId("intake-party-" + i + "-remove");
            remove.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
            remove.setTooltip(new Tooltip(m.get("intake.student.remove", p.student().name())));
            remove.setAccessibleText(m.get("intake.student.remove", p.student().name()));
            remove.setOnAction(e -> {
                model.removeStudent(p);
                studentField.requestFocus();
            });
            HBox row = new HBox(10, name, roleCaption, role, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("party-row");
            partyRows.getChildren().add(row);
            i++;
        }
    }

    Node node() {
        return root;
    }

    void focusFirst() {
        firstField.requestFocus();
    }
}
