package id.kantibekisah.reports.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.PageImage;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.DialogPlacement;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
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
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The print preview: the pages of the term summary as they will come out of the printer, a button that opens
 * the system's print dialog and one that saves the same A4 pages as a PDF (principals send it to the Dinas).
 * What happens with a finished job or a chosen PDF file is up to {@link Actions} (audit rows, background work).
 */
public final class PrintPreview {
    private static final double SCALE = 0.85;
    /** Pixels per point in the PDF: 3 is 216 dpi, sharp on paper and on screen, about 400 KB a page. */
    static final double PDF_PIXELS_PER_POINT = 3;

    /** What the preview asks of the screen that opened it. */
    public interface Actions {
        /** A print job of {@code pages} pages finished. */
        void printed(int pages);

        /** Asks where to save the PDF (the dialog owned by {@code owner}); null when cancelled. */
        Path choosePdf(Window owner);

        /** Writes the pages to {@code target} in the background, then calls one of the two back on the FX thread. */
        void savePdf(List<PageImage> pages, Path target, Consumer<Path> saved, Consumer<Throwable> failed);

        /** The message for a failure, in the user's language. */
        String message(Throwable error);
    }

    private final Stage stage = new Stage();
    private final TermReport report;
    private final PrintPages.Heading heading;
    private final Messages m;
    private final Actions actions;
    private final Label error = new Label();
    private final Button pdf;
    private final List<Region> pages;

    public PrintPreview(Window owner, TermReport report, PrintPages.Heading heading, Messages m, Actions actions) {
        this.report = report;
        this.heading = heading;
        this.m = m;
        this.actions = actions;
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
        pdf = new Button(m.get("report.print.pdf"), new FontIcon(Material2AL.INSERT_DRIVE_FILE));
        pdf.setId("print-pdf");
        pdf.setOnAction(e -> savePdf());
        Button close = new Button(m.get("report.print.close"));
        close.setId("print-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        error.setId("print-message");
        error.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        // The buttons keep their full labels; a message (no printer) goes on its own line under them.
        close.setMinWidth(Region.USE_PREF_SIZE);
        print.setMinWidth(Region.USE_PREF_SIZE);
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        count.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, count, grow, close, pdf, print);
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
        say("", false);
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            say(m.get("report.print.noPrinter"), true);
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
                say(m.get("report.print.failed"), true);
                return;
            }
        }
        if (job.endJob()) {
            actions.printed(printed.size());
            stage.close();
        } else {
            say(m.get("report.print.failed"), true);
        }
    }

    /**
     * Saves the A4 pages as a PDF: the pages are drawn here (the FX thread draws nodes), the file is written in the
     * background. The preview stays open and says where the file went.
     */
    private void savePdf() {
        say("", false);
        Path target = actions.choosePdf(stage);
        if (target == null) {
            return;
        }
        String name = target.getFileName().toString();
        Path file = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? target : target.resolveSibling(name + ".pdf");
        List<PageImage> images;
        try {
            images = pageImages(PrintPages.build(report, heading, m, PrintPages.A4_WIDTH, PrintPages.A4_HEIGHT));
        } catch (RuntimeException e) {
            say(actions.message(e), true);
            return;
        }
        pdf.setDisable(true);
        actions.savePdf(images, file, saved -> {
            pdf.setDisable(false);
            say(m.get("report.print.pdfSaved", saved.getFileName(), saved.getParent()), false);
        }, e -> {
            pdf.setDisable(false);
            say(actions.message(e), true);
        });
    }

    /** Each page drawn at {@link #PDF_PIXELS_PER_POINT} on white, with its size on paper. */
    static List<PageImage> pageImages(List<Region> pages) {
        List<PageImage> out = new ArrayList<>();
        for (Region page : pages) {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.WHITE);
            params.setTransform(Transform.scale(PDF_PIXELS_PER_POINT, PDF_PIXELS_PER_POINT));
            WritableImage image = page.snapshot(params, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            int[] argb = new int[w * h];
            image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
            out.add(new PageImage(w, h, argb, page.getWidth(), page.getHeight()));
        }
        return out;
    }

    private void say(String text, boolean isError) {
        error.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
        error.getStyleClass().add(isError ? Styles.DANGER : Styles.SUCCESS);
        error.setText(text);
    }
}
