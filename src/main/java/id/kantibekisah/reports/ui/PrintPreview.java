package id.kantibekisah.reports.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.DialogPlacement;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The print preview: the pages of the term summary as they will come out of the printer, and a button that opens
 * the system's print dialog. When the job is done, {@code onPrinted} gets the number of pages (for the audit row).
 */
public final class PrintPreview {
    private static final double SCALE = 0.85;

    private final Stage stage = new Stage();
    private final TermReport report;
    private final PrintPages.Heading heading;
    private final Messages m;
    private final IntConsumer onPrinted;
    private final Label error = new Label();
    private final List<Region> pages;

    public PrintPreview(Window owner, TermReport report, PrintPages.Heading heading, Messages m,
                        IntConsumer onPrinted) {
        this.report = report;
        this.heading = heading;
        this.m = m;
        this.onPrinted = onPrinted;
        this.pages = PrintPages.build(report, heading, m, PrintPages.A4_WIDTH, PrintPages.A4_HEIGHT);

        VBox sheets = new VBox(16);
        sheets.setAlignment(Pos.TOP_CENTER);
        sheets.setPadding(new Insets(16));
        sheets.getStyleClass().add("print-preview-sheets");
        for (Region page : pages) {
            page.getTransforms().setAll(new Scale(SCALE, SCALE));
            StackPane paper = new StackPane(new Group(page));
            paper.getStyleClass().add("print-paper");
            paper.setMaxWidth(Region.USE_PREF_SIZE);
            sheets.getChildren().add(paper);
        }
        ScrollPane scroll = new ScrollPane(sheets);
        scroll.setFitToWidth(true);
        scroll.setId("print-preview-pages");
        scroll.getStyleClass().add("print-preview-scroll");

        Label count = new Label(m.get("report.print.pages", pages.size()));
        count.setId("print-page-count");
        Button print = new Button(m.get("report.print.now"), new FontIcon(Material2MZ.PRINT));
        print.setId("print-now");
        print.setDefaultButton(true);
        print.getStyleClass().add(Styles.ACCENT);
        print.setOnAction(e -> print());
        Button close = new Button(m.get("report.print.close"));
        close.setId("print-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        error.setId("print-error");
        error.getStyleClass().add(Styles.DANGER);
        error.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // The buttons keep their full labels; a message (no printer) goes on its own line under them.
        close.setMinWidth(Region.USE_PREF_SIZE);
        print.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, count, grow, close, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        VBox top = new VBox(6, bar, error);
        top.setPadding(new Insets(10, 14, 10, 14));
        top.getStyleClass().add("print-preview-bar");

        BorderPane root = new BorderPane(scroll);
        root.setTop(top);
        root.setId("print-preview");
        // The page, the paper's margin and the gap around it, and room for the scroll bar.
        Scene scene = new Scene(root, PrintPages.A4_WIDTH * SCALE + 2 * (16 + 30) + 24, 700);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        Theme.style(scene);
        stage.setScene(scene);
        stage.setTitle(m.get("report.print.title"));
        DialogPlacement.prepare(stage, owner);
    }

    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    public List<Region> pages() {
        return pages;
    }

    /** Opens the print dialog and prints the pages laid out anew for the chosen printer's paper. */
    private void print() {
        error.setText("");
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            error.setText(m.get("report.print.noPrinter"));
            return;
        }
        if (!job.showPrintDialog(stage)) {
            job.cancelJob();
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        List<Region> printed = PrintPages.build(report, heading, m, layout.getPrintableWidth(),
                layout.getPrintableHeight());
        for (Region page : printed) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                error.setText(m.get("report.print.failed"));
                return;
            }
        }
        if (job.endJob()) {
            onPrinted.accept(printed.size());
            stage.close();
        } else {
            error.setText(m.get("report.print.failed"));
        }
    }
}
