package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.Intake;
import id.kantibekisah.cases.Party;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.TimelineItem;
import id.kantibekisah.cases.ui.CaseDetailViewModel.Available;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.ViolenceForms;
import id.kantibekisah.ppksp.ui.PpkspPanel;
import id.kantibekisah.security.UserService;
import id.kantibekisah.terms.Term;
import id.kantibekisah.ui.Badges;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * One case: its header (code, status, risk, counselor), the actions its status allows, the students and the intake
 * on the left, and on the right the one timeline of everything that happened, newest first. Counselors act here;
 * the principal reads a case escalated to them (never who reported it) and answers the escalation.
 */
public final class CaseDetailView implements View {
    private final UiContext ctx;
    private final CaseDetailViewModel vm;
    private final CaseDialogs dialogs;
    private final TimelineText timelineText;
    private final StackPane root = new StackPane();
    private final Label code = new Label();
    private final Label status = new Label();
    private final Label risk = new Label();
    private final FlowPane facts = new FlowPane(18, 4);
    private final VBox closure = new VBox(4);
    private final VBox actions = new VBox(8);
    private final VBox parties = new VBox(8);
    private final VBox intake = new VBox(6);
    private final VBox followUps = new VBox(8);
    private final VBox followUpCard;
    private final VBox timeline = new VBox(10);
    private final Label message = new Label();
    private final PpkspPanel ppkspPanel;
    private final InvalidationListener onRead = obs -> render();

    public CaseDetailView(UiContext ctx, CaseService cases, UserService users, long caseId) {
        this(ctx, cases, users, null, caseId);
    }

    /** With {@code ppksp}, a violence case shows its PPKSP card (forms, non-student parties, TPPK, measures). */
    public CaseDetailView(UiContext ctx, CaseService cases, UserService users, PpkspService ppksp, long caseId) {
        this.ctx = ctx;
        this.ppkspPanel = ppksp == null ? null : new PpkspPanel(ctx, ppksp, caseId, () -> { });
        this.vm = new CaseDetailViewModel(ctx, cases, users, caseId);
        this.dialogs = new CaseDialogs(ctx, vm);
        this.timelineText = new TimelineText(ctx.messages(), ctx.clock().getZone());

        Button back = Fields.enterPresses(new Button(ctx.text("detail.back"), new FontIcon(Material2AL.ARROW_BACK)));
        back.setId("detail-back");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> ctx.navigator().back());
        code.setId("detail-code");
        code.getStyleClass().addAll(Styles.TITLE_2, "detail-code");
        status.setId("detail-status");
        risk.setId("detail-risk");
        Button refresh = Fields.enterPresses(new Button(ctx.text("detail.refresh"), new FontIcon(Material2MZ.REFRESH)));
        refresh.setId("detail-refresh");
        refresh.getStyleClass().add(Styles.FLAT);
        refresh.setOnAction(e -> vm.load());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(12, back, code, status, risk, grow, refresh);
        top.setAlignment(Pos.CENTER_LEFT);
        facts.setId("detail-facts");
        facts.getStyleClass().add("detail-facts");
        closure.setId("detail-closure");
        closure.getStyleClass().add("detail-closure");
        actions.setId("detail-actions");
        buildActions();

        VBox partiesCard = card(ctx.text("detail.parties"), Material2MZ.PERSON, parties);
        parties.setId("detail-parties");
        VBox intakeCard = card(ctx.text("detail.intake"), Material2AL.DESCRIPTION, intake);
        intake.setId("detail-intake");
        followUps.setId("detail-follow-ups");
        followUpCard = card(ctx.text("detail.followUps"), Material2AL.EVENT, followUps);
        VBox left = new VBox(14, partiesCard, intakeCard, followUpCard);
        left.setMinWidth(400);
        left.setPrefWidth(400);
        left.setMaxWidth(400);

        timeline.setId("detail-timeline");
        VBox right = card(ctx.text("detail.timeline"), Material2AL.HISTORY, timeline);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(16, left, right);

        message.setId("detail-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.TEXT_MUTED);
        message.setText(ctx.text("detail.loading"));

        VBox page = new VBox(12, top, facts, closure, actions, columns);
        if (ppkspPanel != null) {
            page.getChildren().add(ppkspPanel.node());
        }
        page.setPadding(new Insets(12, 20, 20, 20));
        page.setId("case-detail");
        page.setVisible(false);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        root.getChildren().addAll(scroll, message);
        StackPane.setAlignment(message, Pos.TOP_LEFT);
        StackPane.setMargin(message, new Insets(20));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                e.consume();
                vm.load();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                ctx.navigator().back();
            }
        });
        vm.loadErrorProperty().addListener((obs, old, err) -> {
            if (!err.isEmpty() && vm.detailProperty().get() == null) {
                message.setText(err);
            }
        });
        page.visibleProperty().bind(vm.detailProperty().isNotNull());
        message.visibleProperty().bind(vm.detailProperty().isNull());
    }

    private void buildActions() {
        FlowPane work = new FlowPane(8, 8,
                caption("detail.actions.work"),
                action("action-take", "detail.action.take", Material2AL.ASSIGNMENT_IND, Available::take,
                        () -> vm.take(() -> ctx.notifier().info(ctx.text("detail.taken")), ctx.notifier()::error),
                        true),
                action("action-session", "detail.action.session", Material2AL.FORUM, Available::recordSession,
                        dialogs::recordSession, false),
                action("action-follow-up", "detail.action.followUp", Material2AL.EVENT, Available::addFollowUp,
                        dialogs::addFollowUp, false),
                action("action-escalate", "detail.action.escalate", Material2MZ.OUTLINED_FLAG, Available::escalate,
                        dialogs::escalate, false),
                action("action-note", "detail.action.note", Material2MZ.NOTE_ADD, Available::addNote,
                        dialogs::addNote, false),
                action("action-risk", "detail.action.risk", Material2MZ.PRIORITY_HIGH, Available::changeRisk,
                        dialogs::changeRisk, false));
        FlowPane state = new FlowPane(8, 8,
                caption("detail.actions.status"),
                action("action-start", "detail.action.start", Material2MZ.PLAY_ARROW, Available::startCounseling,
                        dialogs::startCounseling, false),
                action("action-resolve", "detail.action.resolve", Material2AL.CHECK_CIRCLE, Available::resolve,
                        dialogs::resolve, false),
                action("action-dismiss", "detail.action.dismiss", Material2AL.BLOCK, Available::dismiss,
                        dialogs::dismiss, false),
                action("action-reopen", "detail.action.reopen", Material2MZ.UNDO, Available::reopen,
                        dialogs::reopen, false));
        work.setAlignment(Pos.CENTER_LEFT);
        state.setAlignment(Pos.CENTER_LEFT);
        actions.getChildren().setAll(work, state);
        actions.setVisible(vm.canWork());
        actions.setManaged(vm.canWork());
    }

    private Label caption(String key) {
        Label l = new Label(ctx.text(key));
        l.getStyleClass().addAll(Styles.TEXT_MUTED, "actions-caption");
        l.setMinWidth(110);
        return l;
    }

    private Button action(String id, String key, Ikon icon, Predicate<Available> enabled, Runnable run,
                          boolean accent) {
        Button b = Fields.enterPresses(new Button(ctx.text(key), new FontIcon(icon)));
        b.setId(id);
        if (accent) {
            b.getStyleClass().add(Styles.ACCENT);
        }
        b.disableProperty().bind(vm.availableProperty().map(a -> !enabled.test(a)));
        b.setOnAction(e -> run.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private VBox card(String title, Ikon icon, Node body) {
        Label heading = new Label(title, new FontIcon(icon));
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        VBox card = new VBox(10, heading, body);
        card.getStyleClass().add("detail-card");
        return card;
    }

    // ---- rendering ------------------------------------------------------------------------------------------

    private void render() {
        CaseDetail d = vm.detailProperty().get();
        if (d == null) {
            return;
        }
        code.setText(d.code());
        Badges.set(status, ctx.messages(), d.status(), "status");
        Badges.set(risk, ctx.messages(), d.risk(), "risk");
        facts.getChildren().setAll(
                fact("detail.fact.category", ctx.messages().label(d.category()), "detail-category"),
                fact("detail.fact.opened", Formats.longDate(ctx.messages(), d.openedOn()), "detail-opened"),
                fact("detail.fact.term", term(d.termCode()), "detail-term"),
                fact("detail.fact.counselor", d.counselorName() == null ? ctx.text("cases.unassigned")
                        : d.counselorName(), "detail-counselor"));
        renderClosure(d);
        renderParties(d);
        renderIntake(d.intake());
        renderFollowUps();
        renderTimeline(d);
        if (ppkspPanel != null) {
            boolean show = ViolenceForms.mayBeViolence(d.category());
            ppkspPanel.node().setVisible(show);
            ppkspPanel.node().setManaged(show);
            if (show) {
                ppkspPanel.load(d.parties());
            }
        }
    }

    private Node fact(String key, String value, String id) {
        Label caption = new Label(ctx.text(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        Label text = new Label(value);
        text.setId(id);
        text.getStyleClass().add(Styles.TEXT_BOLD);
        HBox box = new HBox(6, caption, text);
        box.setAlignment(Pos.BASELINE_LEFT);
        return box;
    }

    private String term(String termCode) {
        Term.Key key = Term.parseCode(termCode);
        return key == null ? termCode : key.academicYear() + " " + ctx.messages().label(key.semester());
    }

    private void renderClosure(CaseDetail d) {
        closure.getChildren().clear();
        if (d.closureSummary() != null) {
            closure.getChildren().add(wrapped(ctx.text("detail.closure.summary", d.closureSummary())));
        }
        if (d.recommendation() != null) {
            closure.getChildren().add(wrapped(ctx.text("detail.closure.recommendation", d.recommendation())));
        }
        if (d.dismissalReason() != null && !d.status().isOpen()) {
            closure.getChildren().add(wrapped(ctx.text("detail.closure.dismissed", d.dismissalReason())));
        }
        if (!vm.canWork()) {
            Label readOnly = wrapped(ctx.text("detail.readOnly"));
            readOnly.setId("detail-read-only");
            closure.getChildren().add(readOnly);
        }
        closure.setVisible(!closure.getChildren().isEmpty());
        closure.setManaged(closure.isVisible());
    }

    private void renderParties(CaseDetail d) {
        parties.getChildren().clear();
        for (Party p : d.parties()) {
            Label name = new Label(p.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label detail = new Label(ctx.text("detail.party.detail", p.className(), p.nisn()));
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox who = new VBox(1, name, detail);
            HBox.setHgrow(who, Priority.ALWAYS);
            Label role = new Label(ctx.messages().label(p.role()));
            role.getStyleClass().addAll("label", "badge", "party-" + p.role().name().toLowerCase(Locale.ROOT));
            HBox row = new HBox(10, who, role);
            row.setAlignment(Pos.CENTER_LEFT);
            parties.getChildren().add(row);
        }
    }

    private void renderIntake(Intake i) {
        intake.getChildren().clear();
        if (i == null) {
            intake.getChildren().add(wrapped(ctx.text("detail.intake.none")));
            return;
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(5);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(captions, values);
        int row = 0;
        if (i.reporterKind() != null) {
            String who = i.reporterName() == null ? ctx.messages().label(i.reporterKind())
                    : ctx.text("detail.intake.reporterNamed", i.reporterKind(), i.reporterName());
            row = addRow(grid, row, "detail.intake.reporter", who, "detail-reporter");
        }
        String when = i.occurredTime() == null ? Formats.longDate(ctx.messages(), i.occurredOn())
                : ctx.text("detail.intake.dateTime", Formats.longDate(ctx.messages(), i.occurredOn()),
                Formats.time(ctx.messages(), i.occurredTime()));
        row = addRow(grid, row, "detail.intake.when", when, "detail-intake-when");
        String where = i.locationDetail() == null ? ctx.messages().label(i.location())
                : ctx.text("detail.intake.whereDetail", i.location(), i.locationDetail());
        row = addRow(grid, row, "detail.intake.where", where, "detail-intake-where");
        row = addRow(grid, row, "detail.intake.urgency", ctx.messages().label(i.urgency()), "detail-intake-urgency");
        row = addRow(grid, row, "detail.intake.knowledge", ctx.messages().label(i.knowledge()),
                "detail-intake-knowledge");
        addRow(grid, row, "detail.intake.recorded", Formats.dateTime(ctx.messages(), i.recordedAt(),
                ctx.clock().getZone()), "detail-intake-recorded");
        Label story = wrapped(i.description());
        story.setId("detail-intake-description");
        story.getStyleClass().add("intake-story");
        intake.getChildren().addAll(grid, story);
    }

    private int addRow(GridPane grid, int row, String key, String value, String id) {
        Label caption = new Label(ctx.text(key));
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        Label text = wrapped(value);
        text.setId(id);
        grid.add(caption, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }

    private void renderFollowUps() {
        followUps.getChildren().clear();
        LocalDate today = ctx.today();
        for (FollowUp f : vm.openFollowUps()) {
            Label what = wrapped(f.description());
            what.getStyleClass().add(Styles.TEXT_BOLD);
            Label due = wrapped(ctx.text("detail.timeline.followUpWho", f.assigneeName(), f.dueOn()));
            due.getStyleClass().add(Styles.TEXT_SMALL);
            if (f.overdue(today)) {
                due.setText(due.getText() + " \u2014 " + ctx.text("detail.followUp.overdue",
                        ChronoUnit.DAYS.between(f.dueOn(), today)));
                due.getStyleClass().add("overdue-text");
            }
            VBox text = new VBox(2, what, due);
            HBox.setHgrow(text, Priority.ALWAYS);
            HBox row = new HBox(10, text);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("follow-up-" + f.id());
            if (vm.canCompleteFollowUp(f)) {
                Button done = Fields.enterPresses(new Button(ctx.text("detail.action.followUpDone.short"),
                        new FontIcon(Material2AL.DONE)));
                done.setId("follow-up-done-" + f.id());
                done.getStyleClass().add(Styles.SMALL);
                done.setMinWidth(Region.USE_PREF_SIZE);
                done.setOnAction(e -> dialogs.completeFollowUp(f));
                row.getChildren().add(done);
            }
            followUps.getChildren().add(row);
        }
        if (followUps.getChildren().isEmpty()) {
            Label none = new Label(ctx.text("detail.followUps.none"));
            none.getStyleClass().add(Styles.TEXT_MUTED);
            followUps.getChildren().add(none);
        }
    }

    private void renderTimeline(CaseDetail d) {
        timeline.getChildren().clear();
        LocalDate today = ctx.today();
        int n = 0;
        for (TimelineItem item : d.timeline()) {
            timeline.getChildren().add(entry(item, timelineText.of(item, today), n++));
        }
    }

    private Node entry(TimelineItem item, TimelineText.Entry e, int index) {
        FontIcon icon = new FontIcon(iconOf(e.kind()));
        StackPane dot = new StackPane(icon);
        dot.getStyleClass().addAll("timeline-dot", "timeline-" + e.kind().name().toLowerCase(Locale.ROOT));
        dot.setMinSize(30, 30);
        dot.setMaxSize(30, 30);
        Label title = new Label(e.title());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        HBox heading = new HBox(8, title);
        heading.setAlignment(Pos.CENTER_LEFT);
        if (e.state() != TimelineText.State.NONE) {
            Label state = new Label(e.stateLabel());
            state.getStyleClass().addAll("label", "badge", "state-" + e.state().name().toLowerCase(Locale.ROOT));
            state.setMinWidth(Region.USE_PREF_SIZE);
            heading.getChildren().add(state);
        }
        Label meta = new Label(e.meta());
        meta.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        VBox body = new VBox(3, heading, meta);
        e.lines().forEach(line -> body.getChildren().add(wrapped(line)));
        if (item instanceof Referral r) {
            HBox buttons = new HBox(8);
            if (vm.canRecordOutcome(r)) {
                Button outcome = Fields.enterPresses(new Button(ctx.text("detail.action.outcome")));
                outcome.setId("outcome-" + r.id());
                outcome.getStyleClass().add(Styles.SMALL);
                outcome.setOnAction(ev -> dialogs.recordOutcome(r));
                buttons.getChildren().add(outcome);
            }
            if (vm.canAcknowledge(r)) {
                Button ack = Fields.enterPresses(new Button(ctx.text("detail.action.acknowledge"),
                        new FontIcon(Material2AL.DONE_ALL)));
                ack.setId("acknowledge-" + r.id());
                ack.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
                ack.setOnAction(ev -> dialogs.acknowledge(r));
                buttons.getChildren().add(ack);
            }
            if (!buttons.getChildren().isEmpty()) {
                body.getChildren().add(buttons);
            }
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox row = new HBox(12, dot, body);
        row.getStyleClass().add("timeline-entry");
        row.setId("timeline-" + index);
        return row;
    }

    private static Ikon iconOf(TimelineText.Kind kind) {
        return switch (kind) {
            case CREATED -> Material2MZ.NOTE_ADD;
            case STATUS -> Material2MZ.SWAP_HORIZ;
            case SESSION -> Material2AL.FORUM;
            case REFERRAL -> Material2MZ.OUTLINED_FLAG;
            case FOLLOW_UP -> Material2AL.EVENT;
            case NOTE -> Material2AL.DESCRIPTION;
            case RISK -> Material2MZ.PRIORITY_HIGH;
            case ASSIGNMENT -> Material2AL.ASSIGNMENT_IND;
        };
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    // ---- View -----------------------------------------------------------------------------------------------

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.revisionProperty().addListener(onRead);
        vm.load();
        root.requestFocus();
    }

    @Override
    public void onDeactivate() {
        vm.revisionProperty().removeListener(onRead);
    }

    CaseDetailViewModel viewModel() {
        return vm;
    }
}
