package id.kantibekisah.ui;

import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

import java.util.Locale;

/** The coloured pill of a status or risk level; its colours live in app.css ({@code .status-new}, ...). */
public final class Badges {
    private Badges() {
    }

    /** A badge showing the value's label, styled {@code prefix-value} (lower case). */
    public static <E extends Enum<E> & Labeled> Label of(Messages m, E value, String prefix) {
        Label badge = new Label();
        set(badge, m, value, prefix);
        return badge;
    }

    public static <E extends Enum<E> & Labeled> void set(Label badge, Messages m, E value, String prefix) {
        badge.setText(value == null ? "" : m.label(value));
        badge.getStyleClass().setAll("label", "badge");
        if (value != null) {
            badge.getStyleClass().add(prefix + "-" + value.name().toLowerCase(Locale.ROOT));
        }
    }

    /** A table cell factory showing each value as a badge, styled {@code prefix-value}; empty rows show nothing. */
    public static <S, E extends Enum<E> & Labeled> Callback<TableColumn<S, E>, TableCell<S, E>> cells(Messages m,
                                                                                                     String prefix) {
        return column -> new TableCell<>() {
            private final Label badge = new Label();

            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                set(badge, m, item, prefix);
                setGraphic(badge);
            }
        };
    }
}
