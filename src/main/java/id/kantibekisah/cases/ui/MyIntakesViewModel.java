package id.kantibekisah.cases.ui;

import id.kantibekisah.app.UiContext;
import id.kantibekisah.cases.IntakeReceipt;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Laporan Saya: the cadre's own intakes, code, date and status only (all the service gives a cadre). */
public final class MyIntakesViewModel {
    private final UiContext ctx;
    private final ObservableList<IntakeReceipt> rows = FXCollections.observableArrayList();
    private final ObservableList<IntakeReceipt> rowsView = FXCollections.unmodifiableObservableList(rows);

    public MyIntakesViewModel(UiContext ctx) {
        this.ctx = ctx;
    }

    public void load() {
        ctx.tasks().run(null, p -> ctx.services().cases().myIntakes(ctx.actor()), rows::setAll,
                ctx.notifier()::error);
    }

    public ObservableList<IntakeReceipt> rows() {
        return rowsView;
    }
}
