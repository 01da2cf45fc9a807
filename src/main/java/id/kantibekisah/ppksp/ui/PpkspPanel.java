package id.kantibekisah.ppksp.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.Party;
import id.kantibekisah.ppksp.Measure;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.OtherParty;
import id.kantibekisah.ppksp.PpkspCase;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.StepRecord;
import id.kantibekisah.ppksp.Summons;
import id.kantibekisah.ppksp.TppkMatter;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The PPKSP card of a case: forms of violence, parties who are not students, the TPPK track with its five steps,
 * deadlines and summons, and the measures of the case plan. Read-only for the principal except the decision.
 */
public final class PpkspPanel {
    private final UiContext ctx;
    private final PpkspPanelModel vm;
    private final PpkspDialogs dialogs;
    private final VBox root = new VBox(12);
    private final VBox body = new VBox(12);
    private List<Party> students = List.of();

    public PpkspPanel(UiContext ctx, PpkspService ppksp, long caseId, Runnable changed) {
        this.ctx = ctx;
        this.vm = new PpkspPanelModel(ctx, ppksp, caseId, changed);
        this.dialogs = new PpkspDialogs(ctx, vm, this::persons);
        Label heading = new Label(ctx.text("ppksp.panel.title"), new FontIcon(Material2MZ.SECURITY));
        heading.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        root.getChildren().addAll(heading, body);
        root.getStyleClass().add("detail-card");
        root.setId("ppksp-panel");
        vm.dataProperty().addListener((obs, old, c) -> render());
        vm.loadErrorProperty().addListener((obs, old, e) -> {
            if (!e.isEmpty()) {
                body.getChildren().setAll(new Label(e));
            }
        });
    }

    public Node node() {
        return root;
    }

    /** The case's students, for picking whom a summons or a measure is for; then reads the PPKSP data. */
    public void load(List<Party> caseStudents) {
        this.students = List.copyOf(caseStudents);
        vm.load();
    }

    PpkspPanelModel viewModel() {
        return vm;
    }

    private List<PersonChoice> persons() {
        List<PersonChoice> out = new ArrayList<>();
        for (Party p : students) {
            out.add(new PersonChoice(p.studentId(), null, p.name() + " \u2014 " + ctx.messages().label(p.role()),
                    true));
        }
        PpkspCase c = vm.dataProperty().get();
        if (c != null) {
            for (OtherParty o : c.otherParties()) {
                out.add(new PersonChoice(null, o.id(), o.name() + " \u2014 " + ctx.messages().label(o.role()),
                        o.kind().isChild()));
            }
        }
        return out;
    }

    // ---- rendering ------------------------------------------------------------------------------------------

    private void render() {
        PpkspCase c = vm.dataProperty().get();
        if (c == null) {
            return;
        }
        body.getChildren().setAll(forms(c), otherParties(c), track(c), measures(c));
    }

    private Node forms(PpkspCase c) {
        FlowPane badges = new FlowPane(6, 6);
        badges.setId("ppksp-forms");
        for (ViolenceForm f : c.forms()) {
            Label b = badge(ctx.messages().label(f), "state-waiting");
            b.setId("ppksp-form-" + f.name().toLowerCase(Locale.ROOT));
            badges.getChildren().add(b);
        }
        if (c.forms().isEmpty()) {
            badges.getChildren().add(muted(ctx.text("ppksp.panel.forms.none")));
        }
        VBox box = section("ppksp.panel.forms", badges);
        if (c.reviewPending()) {
            Label review = wrapped(ctx.text("ppksp.panel.forms.review"));
            review.setId("ppksp-review");
            review.getStyleClass().add("overdue-text");
            box.getChildren().add(review);
        }
        if (vm.canWork()) {
            box.getChildren().add(button("ppksp-set-forms", "ppksp.action.forms", () -> dialogs.setForms(c)));
        }
        return box;
    }

    private Node otherParties(PpkspCase c) {
        VBox list = new VBox(6);
        list.setId("ppksp-other-parties");
        for (OtherParty o : c.otherParties()) {
            Label name = new Label(o.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label kind = muted(ctx.messages().label(o.kind()) + (o.note() == null ? "" : " \u00b7 " + o.note()));
            VBox who = new VBox(1, name, kind);
            HBox.setHgrow(who, Priority.ALWAYS);
            Label role = badge(ctx.messages().label(o.role()),
                    "party-" + o.role().name().toLowerCase(Locale.ROOT));
            HBox row = new HBox(10, who, role);
            row.setAlignment(Pos.CENTER_LEFT);
            list.getChildren().add(row);
        }
        if (c.otherParties().isEmpty()) {
            list.getChildren().add(muted(ctx.text("ppksp.panel.others.none")));
        }
        VBox box = section("ppksp.panel.others", list);
        if (vm.canWork()) {
            box.getChildren().add(button("ppksp-add-party", "ppksp.action.addParty", dialogs::addOtherParty));
        }
        return box;
    }

    private Node track(PpkspCase c) {
        VBox steps = new VBox(8);
        steps.setId("tppk-steps");
        VBox box = section("ppksp.panel.track", steps);
        if (c.matter().isEmpty()) {
            steps.getChildren().add(muted(ctx.text("ppksp.panel.track.none")));
            if (vm.canWork()) {
                box.getChildren().add(button("tppk-open", "tppk.action.open", dialogs::openMatter));
            }
            return box;
        }
        TppkMatter m = c.matter().get();
        LocalDate today = vm.today();
        for (TppkStep step : TppkStep.values()) {
            steps.getChildren().add(stepRow(m, step, today));
        }
        if (!m.proceedWithout().isEmpty()) {
            Label proceed = wrapped(ctx.text("tppk.panel.proceedWithout", String.join(", ", m.proceedWithout())));
            proceed.setId("tppk-proceed-without");
            proceed.getStyleClass().add("overdue-text");
            box.getChildren().add(proceed);
        }
        box.getChildren().add(summons(m));
        m.nextStep().ifPresent(next -> {
            boolean may = next == TppkStep.DECISION ? vm.canDecide() : vm.canWork();
            if (may) {
                Button b = button("tppk-record-" + next.name().toLowerCase(Locale.ROOT), "tppk.action.record",
                        () -> dialogs.recordStep(next, m));
                b.setText(ctx.text("tppk.action.record", ctx.messages().label(next)));
                box.getChildren().add(b);
            }
        });
        return box;
    }

    private Node stepRow(TppkMatter m, TppkStep step, LocalDate today) {
        Label name = new Label((step.ordinal() + 1) + ". " + ctx.messages().label(step));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        HBox heading = new HBox(8, name);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox row = new VBox(2, heading);
        row.setId("tppk-step-" + step.name().toLowerCase(Locale.ROOT));
        LocalDate due = m.deadlines().get(step);
        StepRecord done = m.step(step).orElse(null);
        Label state;
        if (done != null) {
            state = badge(ctx.text("tppk.panel.doneOn", Formats.longDate(ctx.messages(), done.doneOn())),
                    m.isLate(step, today) ? "state-overdue" : "state-done");
            row.getChildren().add(muted(ctx.text("tppk.panel.who", done.who())));
            if (done.findings() != null) {
                row.getChildren().add(wrapped(done.findings()));
            }
            if (step == TppkStep.CONCLUSION && m.proven() != null) {
                String sanction = m.sanction() == null ? "" : " \u00b7 " + ctx.text("tppk.panel.sanction",
                        ctx.messages().label(m.sanction()));
                row.getChildren().add(wrapped(ctx.text(m.proven() ? "tppk.panel.proven" : "tppk.panel.notProven")
                        + sanction));
                if (m.goodNameRestoration() != null) {
                    row.getChildren().add(wrapped(ctx.text("tppk.panel.goodName", m.goodNameRestoration())));
                }
                if (m.victimSupport() != null) {
                    row.getChildren().add(wrapped(ctx.text("tppk.panel.victimSupport", m.victimSupport())));
                }
            }
            if (step == TppkStep.DECISION) {
                row.getChildren().add(muted(m.dinasCopyOn() == null ? ctx.text("tppk.panel.dinasNone")
                        : ctx.text("tppk.panel.dinas", Formats.longDate(ctx.messages(), m.dinasCopyOn()))));
            }
        } else if (due != null && m.isOverdue(step, today)) {
            state = badge(ctx.text("tppk.panel.late", m.daysLate(step, today)), "state-overdue");
        } else {
            state = badge(ctx.text(m.nextStep().orElse(null) == step ? "tppk.panel.next" : "tppk.panel.notYet"),
                    "state-open");
        }
        state.setId("tppk-state-" + step.name().toLowerCase(Locale.ROOT));
        heading.getChildren().add(state);
        if (due != null) {
            heading.getChildren().add(muted(ctx.text("tppk.panel.due", Formats.longDate(ctx.messages(), due))));
        }
        if (step == TppkStep.RECEIPT && done != null) {
            row.getChildren().add(muted(m.reportedOn() == null ? ctx.text("tppk.panel.withoutReport")
                    : ctx.text("tppk.panel.reportedOn", Formats.longDate(ctx.messages(), m.reportedOn()))));
        }
        return row;
    }

    private Node summons(TppkMatter m) {
        VBox list = new VBox(6);
        list.setId("tppk-summons");
        Label caption = new Label(ctx.text("tppk.panel.summons"));
        caption.getStyleClass().add(Styles.TEXT_BOLD);
        list.getChildren().add(caption);
        for (Summons s : m.summons()) {
            String state = s.attended() == null ? ctx.text("tppk.panel.summons.unknown")
                    : ctx.text(s.attended() ? "tppk.panel.summons.came" : "tppk.panel.summons.absent");
            Label line = wrapped(ctx.text("tppk.panel.summons.line", s.personName(), s.addressedTo(),
                    ctx.messages().label(s.mode()), Formats.longDate(ctx.messages(), s.summonedFor()), state)
                    + (s.note() == null ? "" : " \u00b7 " + s.note()));
            HBox.setHgrow(line, Priority.ALWAYS);
            HBox row = new HBox(8, line);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("summons-" + s.id());
            if (vm.canWork() && s.attended() == null && !m.isDone(TppkStep.EXAMINATION)) {
                Button came = small("summons-came-" + s.id(), "tppk.action.came", () -> dialogs.attendance(s, true));
                Button absent = small("summons-absent-" + s.id(), "tppk.action.absent",
                        () -> dialogs.attendance(s, false));
                row.getChildren().addAll(came, absent);
            }
            list.getChildren().add(row);
        }
        if (m.summons().isEmpty()) {
            list.getChildren().add(muted(ctx.text("tppk.panel.summons.none")));
        }
        if (vm.canWork() && !m.isDone(TppkStep.EXAMINATION)) {
            list.getChildren().add(button("tppk-add-summons", "tppk.action.summons", dialogs::addSummons));
        }
        return list;
    }

    private Node measures(PpkspCase c) {
        VBox list = new VBox(6);
        list.setId("ppksp-measures");
        LocalDate today = vm.today();
        for (Measure m : c.measures()) {
            Label kind = new Label(ctx.messages().label(m.kind()));
            kind.getStyleClass().add(Styles.TEXT_BOLD);
            StringBuilder line = new StringBuilder(ctx.text("measure.panel.line",
                    m.personName() == null ? ctx.text("measure.panel.wholeCase") : m.personName(), m.responsible(),
                    Formats.longDate(ctx.messages(), m.dueOn())));
            if (m.referralTo() != null) {
                line.append(" \u00b7 ").append(ctx.messages().label(m.referralTo()));
            }
            if (m.platform() != null) {
                line.append(" \u00b7 ").append(ctx.text("measure.panel.takedown", m.platform(), m.contentRef(),
                        m.takedownAskedOn() == null ? "\u2013" : Formats.longDate(ctx.messages(), m.takedownAskedOn()),
                        m.removedOn() == null ? "\u2013" : Formats.longDate(ctx.messages(), m.removedOn())));
            }
            if (m.notDoneReason() != null) {
                line.append(" \u00b7 ").append(m.notDoneReason());
            }
            if (m.note() != null) {
                line.append(" \u00b7 ").append(m.note());
            }
            VBox text = new VBox(1, kind, wrapped(line.toString()));
            HBox.setHgrow(text, Priority.ALWAYS);
            Label status = badge(ctx.messages().label(m.status()), m.isOverdue(today) ? "state-overdue"
                    : m.status() == MeasureStatus.DONE ? "state-done" : m.status() == MeasureStatus.NOT_DONE
                    ? "state-waiting" : "state-open");
            status.setId("measure-status-" + m.id());
            HBox row = new HBox(8, text, status);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setId("measure-" + m.id());
            if (vm.canWork() && m.isOpen()) {
                row.getChildren().add(small("measure-update-" + m.id(), "measure.action.update",
                        () -> dialogs.updateMeasure(m)));
            }
            list.getChildren().add(row);
        }
        if (c.measures().isEmpty()) {
            list.getChildren().add(muted(ctx.text("measure.panel.none")));
        }
        VBox box = section("measure.panel.title", list);
        if (vm.canWork()) {
            box.getChildren().add(button("measure-add", "measure.action.add", dialogs::addMeasure));
        }
        return box;
    }

    // ---- pieces ---------------------------------------------------------------------------------------------

    private VBox section(String titleKey, Node content) {
        Label title = new Label(ctx.text(titleKey));
        title.getStyleClass().addAll(Styles.TEXT_MUTED, "actions-caption");
        return new VBox(6, title, content);
    }

    private Button button(String id, String key, Runnable run) {
        Button b = Fields.enterPresses(new Button(ctx.text(key), new FontIcon(Material2AL.ADD)));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    private Button small(String id, String key, Runnable run) {
        Button b = Fields.enterPresses(new Button(ctx.text(key)));
        b.setId(id);
        b.getStyleClass().add(Styles.SMALL);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> run.run());
        return b;
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("label", "badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static Label muted(String text) {
        Label l = wrapped(text);
        l.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
