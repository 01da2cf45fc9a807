package id.kantibekisah.ppksp.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Permission;
import id.kantibekisah.ppksp.FormReview;
import id.kantibekisah.ppksp.LateStep;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

import java.util.List;

/**
 * The Beranda's line of TPPK steps past their deadline (the counselor's: examinations and decisions; the
 * principal's: decisions of cases escalated to the principal). Each opens its case; hidden when nothing is late.
 */
public final class LateStepsBanner {
    private final UiContext ctx;
    private final PpkspService ppksp;
    private final FlowPane items = new FlowPane(10, 6);
    private final FlowPane reviews = new FlowPane(10, 6);
    private final VBox reviewBox;
    private final VBox lateBox;
    private final VBox root;

    public LateStepsBanner(UiContext ctx, PpkspService ppksp) {
        this.ctx = ctx;
        this.ppksp = ppksp;
        Label title = new Label(ctx.text("ppksp.home.late"), new FontIcon(Material2AL.ALARM));
        title.getStyleClass().addAll(Styles.TEXT_BOLD, "overdue-text");
        items.setId("ppksp-late-items");
        items.setAlignment(Pos.CENTER_LEFT);
        Label reviewTitle = new Label(ctx.text("ppksp.home.review"), new FontIcon(Material2AL.HELP_OUTLINE));
        reviewTitle.getStyleClass().add(Styles.TEXT_BOLD);
        reviews.setId("ppksp-reviews");
        reviewBox = new VBox(4, reviewTitle, reviews);
        reviewBox.setVisible(false);
        reviewBox.setManaged(false);
        lateBox = new VBox(4, title, items);
        root = new VBox(8, lateBox, reviewBox);
        root.setId("ppksp-late");
        root.getStyleClass().add("detail-card");
        show(List.of());
    }

    public Node node() {
        return root;
    }

    private record Found(List<LateStep> late, List<FormReview> toDecide) {
    }

    public void load() {
        boolean counselor = ctx.actor().can(Permission.CASE_LIST);
        ctx.tasks().run(null, p -> new Found(ppksp.lateSteps(ctx.actor()),
                counselor ? ppksp.pendingFormReviews(ctx.actor()) : List.of()), this::show, ctx.notifier()::error);
    }

    private void show(Found found) {
        show(found.late());
        reviews.getChildren().clear();
        for (FormReview r : found.toDecide()) {
            Hyperlink link = new Hyperlink(r.code());
            link.setId("ppksp-review-" + r.caseId());
            link.setOnAction(e -> ctx.navigator().openCase(r.caseId()));
            reviews.getChildren().add(link);
        }
        boolean any = !found.toDecide().isEmpty();
        reviewBox.setVisible(any);
        reviewBox.setManaged(any);
        boolean shown = any || !found.late().isEmpty();
        root.setVisible(shown);
        root.setManaged(shown);
    }

    private void show(List<LateStep> late) {
        items.getChildren().clear();
        for (LateStep l : late) {
            Hyperlink link = new Hyperlink(ctx.text("ppksp.home.lateItem", l.code(), ctx.messages().label(l.step()),
                    Formats.numericDate(l.dueOn()), l.daysLate()));
            link.setId("ppksp-late-" + l.caseId() + "-" + l.step().name().toLowerCase(java.util.Locale.ROOT));
            link.getStyleClass().add("overdue-text");
            link.setOnAction(e -> ctx.navigator().openCase(l.caseId()));
            items.getChildren().add(link);
        }
        lateBox.setVisible(!late.isEmpty());
        lateBox.setManaged(!late.isEmpty());
        root.setVisible(!late.isEmpty());
        root.setManaged(!late.isEmpty());
    }

    /** How many late steps the banner shows (for tests). */
    int count() {
        return items.getChildren().size();
    }
}
