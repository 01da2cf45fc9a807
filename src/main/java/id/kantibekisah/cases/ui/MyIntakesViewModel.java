package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.ui.UiContext;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Laporan Saya: the cadre's own intakes, code, date and status only (all the service gives a cadre). */
public final class MyIntakesViewModel {
    private final UiContext ctx;
    private final CaseService cases;
    private final ObservableList<IntakeReceipt> rows = FXCollections.observableArrayList();
    private final ObservableList<IntakeReceipt> rowsView = FXCollections.unmodifiableObservableList(rows);

    public MyIntakesViewModel(UiContext ctx, CaseService cases) {
        this.ctx = ctx;
        this.cases = cases;
    }

    public void load() {
        ctx.tasks().run(null, p -> cases.myIntakes(ctx.actor()), rows::setAll,
                ctx.notifier()::error);
    }

    public ObservableList<IntakeReceipt> rows() {
        return rowsView;
    }
}
