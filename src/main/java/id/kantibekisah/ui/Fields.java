package id.kantibekisah.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The pieces every form is made of: captions with a required mark, problem lines, date and choice fields. */
public final class Fields {
    private Fields() {
    }

    /** A field's caption; a required field gets a red star. The caption is the field's accessible label. */
    public static Label caption(String text, boolean required, Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-caption");
        if (required) {
            Label star = new Label("*");
            star.getStyleClass().add("required-mark");
            label.setGraphic(star);
            label.setContentDisplay(ContentDisplay.RIGHT);
        }
        label.setLabelFor(field);
        return label;
    }

    /** A line under a field that says what is wrong with it; hidden while there is nothing to say. */
    public static Label problem(ObservableValue<String> message) {
        Label label = new Label();
        label.getStyleClass().addAll("field-problem", Styles.TEXT_SMALL);
        label.setWrapText(true);
        label.textProperty().bind(message);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /** Gives the control the theme's red "danger" look while {@code message} is not empty. */
    public static void invalidWhen(Control control, ObservableValue<String> message) {
        message.addListener((obs, old, value) ->
                control.pseudoClassStateChanged(Styles.STATE_DANGER, value != null && !value.isEmpty()));
        String now = message.getValue();
        control.pseudoClassStateChanged(Styles.STATE_DANGER, now != null && !now.isEmpty());
    }

    /**
     * A date field that takes {@code dd/MM/yyyy} (also {@code 1/8/2026}) as typed text and shows the calendar in
     * the user's language. What is typed counts as typed: the form reads the editor's text, so a half-typed date
     * is a problem to show, not a silently kept old value.
     */
    public static DatePicker datePicker(Messages m) {
        DatePicker picker = new DatePicker();
        picker.setShowWeekNumbers(false);
        picker.setPromptText(m.get("field.date.prompt"));
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : Dates.formatShort(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return Dates.parseInput(text).orElse(null);
            }
        });
        // Keep the picker's value in step with a complete typed date, so that Esc or leaving the field (which
        // put the value back into the text) never wipes out what was typed.
        picker.getEditor().textProperty().addListener((obs, old, text) -> Dates.parseInput(text)
                .filter(date -> !date.equals(picker.getValue())).ifPresent(picker::setValue));
        return picker;
    }

    /** A drop-down of enum values shown by their labels. */
    public static <E extends Enum<E> & Labeled> ComboBox<E> enumBox(Messages m, List<E> values, String prompt) {
        ComboBox<E> box = new ComboBox<>();
        box.getItems().setAll(values);
        box.setPromptText(prompt);
        StringConverter<E> converter = labels(m);
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? prompt : converter.toString(item));
            }
        });
        box.setVisibleRowCount(Math.min(values.size(), 14));
        arrowKeysChoose(box);
        return box;
    }

    /**
     * Up and Down change a closed drop-down's value and keep the focus there, as in a native list box. (JavaFX also
     * moves the focus to a neighbouring control, so a keyboard user would leave the field by choosing.)
     */
    public static <T> ComboBox<T> arrowKeysChoose(ComboBox<T> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (box.isShowing() || e.isAltDown() || (e.getCode() != KeyCode.DOWN && e.getCode() != KeyCode.UP)) {
                return;
            }
            e.consume();
            int size = box.getItems().size();
            int index = box.getSelectionModel().getSelectedIndex();
            int next = e.getCode() == KeyCode.DOWN ? Math.min(size - 1, index + 1) : Math.max(0, index - 1);
            if (size > 0 && next != index) {
                box.getSelectionModel().select(next);
            }
        });
        return box;
    }

    /** Shows enum values by their labels. */
    public static <E extends Labeled> StringConverter<E> labels(Messages m) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : m.label(value);
            }

            @Override
            public E fromString(String text) {
                return null;
            }
        };
    }

    /**
     * One radio button per value, kept in step with {@code value} both ways. Arrow keys move between them; each
     * button gets the id {@code idPrefix-value} (lower case) for tests.
     */
    public static <E extends Enum<E> & Labeled> FlowPane radios(Messages m, List<E> values, ObjectProperty<E> value,
                                                                String idPrefix) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(16, 6);
        pane.setAlignment(Pos.CENTER_LEFT);
        for (E v : values) {
            RadioButton b = new RadioButton(m.label(v));
            b.setUserData(v);
            b.setToggleGroup(group);
            b.setId(idPrefix + "-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            pane.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            @SuppressWarnings("unchecked")
            E selected = t == null ? null : (E) t.getUserData();
            if (value.get() != selected) {
                value.set(selected);
            }
        });
        value.addListener((obs, old, v) -> select(group, v));
        select(group, value.get());
        return pane;
    }

    private static void select(ToggleGroup group, Object v) {
        Toggle match = group.getToggles().stream().filter(t -> t.getUserData() == v).findFirst().orElse(null);
        if (group.getSelectedToggle() != match) {
            group.selectToggle(match);
        }
    }

    /** Tab leaves a multi-line field instead of typing a tab (Ctrl+Tab does the same in JavaFX). */
    public static void tabLeavesTextArea(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /** Enter on a focused button presses it, as Space does (JavaFX only presses the default button on Enter). */
    public static Button enterPresses(Button button) {
        button.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                button.fire();
            }
        });
        return button;
    }
}
