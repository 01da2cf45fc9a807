package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.ui.Badges;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.util.List;

/** Laporan Saya: the list of the cadre's intakes with their code, date and status. */
public final class MyIntakesView implements View {
    private final MyIntakesViewModel vm;
    private final VBox root;
    private final TableView<IntakeReceipt> table = new TableView<>();

    public MyIntakesView(UiContext ctx, CaseService cases) {
        this.vm = new MyIntakesViewModel(ctx, cases);
        Label intro = new Label(ctx.text("myIntakes.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label count = new Label();
        count.setId("my-intakes-count");
        count.getStyleClass().add(Styles.TEXT_BOLD);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.text("myIntakes.count", vm.rows().size()), vm.rows()));

        table.setId("my-intakes-table");
        table.getStyleClass().addAll(Styles.STRIPED);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(ctx.text("myIntakes.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMaxWidth(720);
        TableColumn<IntakeReceipt, String> code = new TableColumn<>(ctx.text("cases.col.code"));
        code.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().code()));
        code.setPrefWidth(160);
        TableColumn<IntakeReceipt, LocalDate> date = new TableColumn<>(ctx.text("myIntakes.col.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().openedOn()));
        date.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Formats.longDate(ctx.messages(), item));
            }
        });
        date.setPrefWidth(200);
        TableColumn<IntakeReceipt, CaseStatus> status = new TableColumn<>(ctx.text("cases.col.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        status.setCellFactory(Badges.cells(ctx.messages(), "status"));
        status.setPrefWidth(200);
        table.getColumns().setAll(List.of(code, date, status));

        Label note = new Label(ctx.text("myIntakes.statusHelp"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        root = new VBox(12, intro, count, table, note);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(16, 24, 16, 24));
        root.setId("my-intakes-view");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.load();
    }
}
