package id.kantibekisah.ppksp.ui;

import id.kantibekisah.common.ValidationException;
import id.kantibekisah.ppksp.report.TppkAnnualReport;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.SaveLocations;
import id.kantibekisah.ui.UiContext;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The annual TPPK report from the window: the academic year (this one and the two before), then where to save; the
 * workbook is built in the background and the folder opens. The figures are aggregate with small counts hidden
 * ({@link TppkAnnualReport}), so the dialog offers no "full" version.
 */
public final class TppkAnnualDialog {
    /** Asks where to save: (folder, suggested name) to the chosen file, or null when cancelled. */
    @FunctionalInterface
    public interface SaveDialog extends BiFunction<Path, String, Path> {
    }

    private final UiContext ctx;
    private final TppkAnnualReport report;
    private final SaveDialog save;

    /** @param save null asks with the system's save dialog */
    public TppkAnnualDialog(UiContext ctx, TppkAnnualReport report, SaveDialog save) {
        this.ctx = ctx;
        this.report = report;
        this.save = save != null ? save : this::askWhereToSave;
    }

    /** The toolbar button that opens the dialog. */
    public Button button() {
        Button b = new Button(ctx.text("tppk.annual.open"), new FontIcon(Material2AL.ASSIGNMENT));
        b.setId("tppk-annual-open");
        b.setOnAction(e -> show());
        return b;
    }

    public void show() {
        FormDialog f = new FormDialog(ctx.owner(), ctx.messages(), "tppk-annual", ctx.text("tppk.annual.dialog.title"),
                null, ctx.text("tppk.annual.dialog.export"));
        Label hint = new Label(ctx.text("tppk.annual.dialog.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add("text-muted");
        f.line(hint);
        String current = TppkAnnualReport.yearOf(ctx.today());
        int first = Integer.parseInt(current.substring(0, 4));
        List<String> years = new ArrayList<>();
        for (int y = first; y > first - 3; y--) {
            years.add(y + "/" + (y + 1));
        }
        ComboBox<String> year = new ComboBox<>();
        year.getItems().setAll(years);
        year.setEditable(true);
        year.setValue(current);
        year.setId("tppk-annual-year");
        f.field(ctx.text("tppk.annual.dialog.year"), true, year);
        f.action((done, failed) -> {
            String chosen = year.getEditor().getText() == null ? "" : year.getEditor().getText().trim();
            try {
                report.period(chosen);
            } catch (RuntimeException e) {
                failed.accept(e);
                return;
            }
            Path target = save.apply(SaveLocations.documents(),
                    ctx.text("tppk.annual.dialog.fileName", chosen.replace('/', '-')));
            if (target == null) {
                failed.accept(new ValidationException("tppk.annual.dialog.notSaved"));
                return;
            }
            String name = target.getFileName().toString();
            Path file = name.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? target : target.resolveSibling(name + ".xlsx");
            ctx.tasks().run("tppk.annual.dialog.progress", p -> report.export(ctx.actor(), chosen, file,
                    ctx.messages()), r -> {
                        ctx.notifier().info(ctx.text("tppk.annual.done", r.academicYear(), r.file(),
                                r.violenceCases()));
                        ctx.folders().open(r.file().getParent());
                        done.run();
                    }, failed);
        });
        f.show();
    }

    private Path askWhereToSave(Path folder, String name) {
        return SaveLocations.askForWorkbook(ctx, ctx.text("tppk.annual.dialog.title"), folder, name);
    }
}
