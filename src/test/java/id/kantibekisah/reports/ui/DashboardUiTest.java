package id.kantibekisah.reports.ui;

import id.kantibekisah.access.Actor;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.ReportScenario;
import id.kantibekisah.reports.TermReport;
import id.kantibekisah.reports.TermReportTables;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.PieChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import static id.kantibekisah.testing.FxTesting.find;
import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The dashboard through the robot: figures, charts, term choice, export in the background, print preview. */
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private ReportScenario scenario;
    private FxTaskRunner tasks;
    private Stage stage;
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
        scenario = new ReportScenario(f);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1200, 760));
        Theme.style(stage.getScene());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    private void open(Actor actor) {
        Messages m = Messages.indonesian();
        Notifier notifier = new Notifier() {
            @Override
            public void error(Throwable error) {
                errors.add(ErrorPresenter.message(m, error));
            }

            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void clear() {
            }
        };
        UiContext ctx = new UiContext(f.clock, actor, m, tasks, notifier, new ScreenTesting.RecordingWindow(m), () -> stage,
                openedFolders::add);
        WaitForAsyncUtils.asyncFx(() -> {
            DashboardView view = new DashboardView(ctx, f.s.reports(), f.s.terms(), f.s.settings(), (folder, name) -> {
                suggestedNames.add(name);
                return dir.resolve("ekspor").resolve("laporan semester");
            });
            ((javafx.scene.layout.StackPane) stage.getScene().getRoot()).getChildren().setAll(view.node());
            view.onActivate();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void thePrincipalSeesTheTermsFiguresAndChartsButNoFullExport(FxRobot robot) {
        open(f.principal);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        assertThat(text(robot, "#card-opened-value")).isEqualTo("5");
        assertThat(text(robot, "#card-opened-change")).isEqualTo("\u25b2 3 dari semester lalu");
        assertThat(text(robot, "#card-resolved-value")).isEqualTo("2");
        assertThat(text(robot, "#card-review-value")).isEqualTo("2,0 hari");
        assertThat(text(robot, "#card-overdue-value")).isEqualTo("1");
        ComboBox<?> term = robot.lookup("#report-term").queryAs(ComboBox.class);
        assertThat(term.getValue()).hasToString("2026/2027 Ganjil");
        assertThat(text(robot, "#report-period")).contains("1 Juli 2026 s.d. 31 Desember 2026",
                "Semester Genap Tahun Pelajaran 2025/2026");
        BarChart<?, ?> bar = robot.lookup("#chart-category").queryAs(BarChart.class);
        assertThat(bar.getData().get(0).getData()).hasSize(14);
        PieChart pie = robot.lookup("#chart-status").queryAs(PieChart.class);
        assertThat(pie.getData()).extracting(PieChart.Data::getName).contains("Selesai (2)", "Baru (1)");
        assertThat(showing(robot, "#report-table-class")).isTrue();
        assertThat(robot.lookup("#report-full").queryAs(CheckBox.class).isVisible()).isFalse();
        assertThat(errors).isEmpty();
    }

    @Test
    void choosingAnotherTermShowsItsFigures(FxRobot robot) {
        open(f.counselor);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        ComboBox<?> term = robot.lookup("#report-term").queryAs(ComboBox.class);
        robot.clickOn("#report-term");
        robot.clickOn("2025/2026 Genap");
        waitUntil(() -> "2".equals(text(robot, "#card-opened-value")));
        assertThat(term.getValue()).hasToString("2025/2026 Genap");
        assertThat(text(robot, "#report-period")).contains("1 Januari 2026 s.d. 30 Juni 2026");
    }

    @Test
    void aCounselorExportsTheFullWorkbookInTheBackgroundAndTheFolderOpens(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("ekspor"));
        open(f.counselor);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        assertThat(robot.lookup("#report-full").queryAs(CheckBox.class).isVisible()).isTrue();
        robot.clickOn("#report-full");
        robot.clickOn("#report-export");
        // names and narratives: the file password is asked first, typed twice
        waitUntil(() -> showing(robot, "#file-password-password"));
        robot.clickOn("#file-password-password").write("Amplop-Coklat-27");
        robot.clickOn("#file-password-repeat").write("Amplop-Coklat-28");
        robot.clickOn("#file-password-ok");
        waitUntil(() -> robot.lookup("#file-password-error").queryLabeled().getText().contains("tidak sama"));
        robot.interact(() -> robot.lookup("#file-password-repeat").queryAs(PasswordField.class).clear());
        robot.clickOn("#file-password-repeat").write("Amplop-Coklat-27");
        robot.clickOn("#file-password-ok");
        Path file = dir.resolve("ekspor").resolve("laporan semester.xlsx");
        waitUntil(() -> !openedFolders.isEmpty());
        assertThat(suggestedNames).containsExactly("Laporan BK 2026-2027 Ganjil (lengkap - RAHASIA).xlsx");
        assertThat(openedFolders).containsExactly(file.getParent().toAbsolutePath());
        assertThat(infos).anySatisfy(i -> assertThat(i).contains("laporan semester.xlsx", "RAHASIA"));
        try (Workbook wb = WorkbookFactory.create(file.toFile(), "Amplop-Coklat-27", true)) {
            assertThat(wb.getNumberOfSheets()).as("with Uraian Kasus and PPKSP").isEqualTo(7);
            assertThat(wb.getSheet("Uraian Kasus").getRow(4).getCell(2).getStringCellValue()).isEqualTo("NISN");
        }
        AuditEntry last = f.s.audit().latest(1).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_EXPORT);
        assertThat(last.detail()).startsWith("term 2026/2027-1 full xlsx").endsWith("password-protected");
        assertThat(robot.lookup("#report-export").queryButton().isDisabled()).isFalse();
    }

    @Test
    void aFailedExportSaysWhyAndTheButtonComesBack(FxRobot robot) {
        open(f.principal);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        robot.clickOn("#report-export");
        waitUntil(() -> !errors.isEmpty());
        assertThat(errors.get(0)).contains("tidak ada");
        assertThat(openedFolders).isEmpty();
        assertThat(robot.lookup("#report-export").queryButton().isDisabled()).isFalse();
    }

    @Test
    void thePrintPreviewShowsWholePagesAndSaysWhenThereIsNoPrinter(FxRobot robot) {
        open(f.principal);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        robot.clickOn("#report-print");
        waitUntil(() -> showing(robot, "#print-preview"));
        assertThat(text(robot, "#print-page-count")).matches("\\d halaman A4");
        assertThat(find(robot, "#print-page-1")).isPresent();
        robot.clickOn("#print-now");
        waitUntil(() -> !text(robot, "#print-message").isEmpty());
        assertThat(text(robot, "#print-message")).startsWith("Tidak ada printer");
        WaitForAsyncUtils.waitForFxEvents();
        for (String button : List.of("#print-close", "#print-now", "#print-pdf")) {
            Button b = robot.lookup(button).queryButton();
            assertThat(b.getWidth()).as(button + " keeps its whole label beside the message")
                    .isGreaterThanOrEqualTo(b.prefWidth(-1) - 0.5);
        }
        assertThat(f.s.audit().latest(1).get(0).action()).as("nothing printed, nothing recorded")
                .isNotEqualTo(AuditAction.REPORT_PRINT);
        robot.clickOn("#print-close");
        waitUntil(() -> !showing(robot, "#print-preview"));
    }

    @Test
    void thePreviewSavesTheSameA4PagesAsAnAuditedPdf(FxRobot robot) throws Exception {
        Files.createDirectories(dir.resolve("ekspor"));
        open(f.principal);
        waitUntil(() -> showing(robot, "#card-opened-value"));
        robot.clickOn("#report-print");
        waitUntil(() -> showing(robot, "#print-preview"));
        int previewPages = WaitForAsyncUtils.asyncFx(() -> robot.lookup(".print-page").queryAll().size()).get();
        robot.clickOn("#print-pdf");
        Path pdf = dir.resolve("ekspor").resolve("laporan semester.pdf");
        waitUntil(() -> text(robot, "#print-message").startsWith("PDF disimpan"));
        assertThat(suggestedNames).contains("Rekap BK 2026-2027 Ganjil.pdf");
        assertThat(text(robot, "#print-message")).contains("laporan semester.pdf");
        assertThat(infos).anySatisfy(i -> assertThat(i).startsWith("Rekap semester disimpan sebagai PDF"));
        assertThat(openedFolders).contains(pdf.getParent());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(previewPages).isGreaterThanOrEqualTo(2);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(0.5f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(0.5f));
            }
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Laporan Layanan Bimbingan dan Konseling");
            BufferedImage first = new PDFRenderer(doc).renderImage(0, 1);
            assertThat(inkShare(first, 0, first.getHeight() / 8)).as("the heading is drawn").isGreaterThan(0.005);
            assertThat(inkShare(first, 0, first.getHeight())).as("a page, not a black box").isLessThan(0.5);
        }
        AuditEntry last = f.s.audit().latest(1).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.REPORT_EXPORT);
        assertThat(last.detail()).contains("summary", "pdf", previewPages + " pages");
        assertThat(Files.list(pdf.getParent())).as("no temporary file left").containsExactly(pdf);
    }

    /** The share of pixels in rows [from, to) that are clearly darker than paper. */
    private static double inkShare(BufferedImage image, int from, int to) {
        long dark = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
                if (lum < 160) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) (to - from) * image.getWidth());
    }

    @Test
    void printedPagesKeepEveryTableWholeWithinThePageAndNumberThePages(FxRobot robot) throws Exception {
        Messages m = Messages.indonesian();
        TermReport report = f.s.reports().termReport(f.principal, scenario.current);
        PrintPages.Heading heading = new PrintPages.Heading(f.s.settings().profile(), f.today(), "Pak Kepala", null);
        List<Region> pages = WaitForAsyncUtils.asyncFx(() -> PrintPages.build(report, heading, m,
                PrintPages.A4_WIDTH, PrintPages.A4_HEIGHT)).get();
        assertThat(pages).hasSizeBetween(2, 4);
        Set<String> tables = new TreeSet<>();
        for (int i = 0; i < pages.size(); i++) {
            Region page = pages.get(i);
            assertThat(page.getHeight()).isEqualTo(PrintPages.A4_HEIGHT);
            assertThat(page.getWidth()).isEqualTo(PrintPages.A4_WIDTH);
            List<Node> all = descendants(page);
            for (Node n : all) {
                if (n.getId() != null && n.getId().startsWith("report-table-")) {
                    assertThat(tables.add(n.getId())).as(n.getId() + " once").isTrue();
                }
                if (n instanceof Region r && r.isVisible() && (n.getStyleClass().contains("report-table")
                        || n.getStyleClass().contains("report-chart"))) {
                    var bounds = page.sceneToLocal(r.localToScene(r.getLayoutBounds()));
                    assertThat(bounds.getMaxY()).as(n.getId() + " on page " + (i + 1))
                            .isLessThanOrEqualTo(PrintPages.A4_HEIGHT);
                    assertThat(bounds.getMaxX()).as(n.getId()).isLessThanOrEqualTo(PrintPages.A4_WIDTH + 0.5);
                }
            }
            Label number = (Label) all.stream().filter(n -> "print-page-number".equals(n.getId())).findFirst()
                    .orElseThrow();
            assertThat(number.getText()).isEqualTo("Halaman " + (i + 1) + " dari " + pages.size());
            assertThat(all).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Label.class,
                    l -> assertThat(l.getText()).isEqualTo("SMP Negeri Uji")));
        }
        List<String> expected = new ArrayList<>();
        for (TermReportTables.Kind k : TermReportTables.Kind.values()) {
            expected.add("report-table-" + k.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        assertThat(tables).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(descendants(pages.get(pages.size() - 1))).anySatisfy(n ->
                assertThat(n.getId()).isEqualTo("print-signatures"));
        assertThat(descendants(pages.get(0))).noneSatisfy(n -> assertThat(n).isInstanceOfSatisfying(Label.class,
                l -> assertThat(l.getText()).contains("Citra", "Maharani")));
    }

    private static List<Node> descendants(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        if (root instanceof javafx.scene.Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                out.addAll(descendants(c));
            }
        }
        return out;
    }
}
