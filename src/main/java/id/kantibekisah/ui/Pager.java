package id.kantibekisah.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/** The paging controls under a paged table: "from–to of total", then the previous and next page buttons. */
public final class Pager {
    private Pager() {
    }

    /**
     * The label and the two buttons, with ids {@code idPrefix-page}, {@code -previous} and {@code -next}, following a
     * view model's first row shown ({@code offset}) and row count ({@code total}).
     */
    public static List<Node> controls(Messages m, String idPrefix, ReadOnlyIntegerProperty offset,
                                      ReadOnlyLongProperty total, int pageSize, Runnable onPrevious,
                                      Runnable onNext) {
        Button previous = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        previous.setId(idPrefix + "-previous");
        previous.getStyleClass().add(Styles.BUTTON_ICON);
        previous.setOnAction(e -> onPrevious.run());
        previous.disableProperty().bind(offset.isEqualTo(0));
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId(idPrefix + "-next");
        next.getStyleClass().add(Styles.BUTTON_ICON);
        next.setOnAction(e -> onNext.run());
        next.disableProperty().bind(Bindings.createBooleanBinding(
                () -> offset.get() + pageSize >= total.get(), offset, total));
        Label page = new Label();
        page.setId(idPrefix + "-page");
        page.setMinWidth(Region.USE_PREF_SIZE);
        page.textProperty().bind(Bindings.createStringBinding(() -> {
            long rows = total.get();
            int from = offset.get();
            return rows == 0 ? "" : m.get("cases.page", from + 1, Math.min(rows, (long) from + pageSize), rows);
        }, offset, total));
        return List.of(page, previous, next);
    }
}
