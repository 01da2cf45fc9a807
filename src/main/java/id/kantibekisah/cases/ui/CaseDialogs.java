package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Dates;
import id.kantibekisah.security.User;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.UiContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The small dialogs of the case actions. Each checks that what it needs is filled in (with the service's own
 * messages) and hands the rest to the service through the view model; a refusal shows in the dialog, which stays
 * open with what was typed.
 */
final class CaseDialogs {
    private final UiContext ctx;
    private final CaseDetailViewModel vm;

    CaseDialogs(UiContext ctx, CaseDetailViewModel vm) {
        this.ctx = ctx;
        this.vm = vm;
    }

    private FormDialog dialog(String id, String titleKey, String okKey) {
        CaseDetail d = vm.detailProperty().get();
        String header = d == null ? null : ctx.text("dialog.case.header", d.code(), d.parties().isEmpty() ? ""
                : d.parties().get(0).name());
        return new FormDialog(ctx.owner(), ctx.messages(), id, ctx.text(titleKey), header, ctx.text(okKey));
    }

    private static TextArea area(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        return area;
    }

    private DatePicker date(String id, LocalDate value) {
        DatePicker picker = Fields.datePicker(ctx.messages());
        picker.setId(id);
        picker.setValue(value);
        return picker;
    }

    private static String text(TextArea area) {
        return area.getText() == null || area.getText().isBlank() ? null : area.getText().trim();
    }

    private static String text(TextField field) {
        return field.getText() == null || field.getText().isBlank() ? null : field.getText().trim();
    }

    /** The date as typed in the picker's editor (typed text counts even before the picker commits it). */
    private static Optional<LocalDate> typed(DatePicker picker) {
        return Dates.parseInput(picker.getEditor().getText());
    }

    private String dateProblem(DatePicker picker) {
        if (picker.getEditor().getText() == null || picker.getEditor().getText().isBlank()) {
            return ctx.text("case.error.dateMissing");
        }
        return typed(picker).isEmpty() ? ctx.text("intake.error.dateFormat") : null;
    }

    private String firstOf(String... problems) {
        return Arrays.stream(problems).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private String missing(String value, String key) {
        return value == null ? ctx.text(key) : null;
    }

    // ---- the dialogs ----------------------------------------------------------------------------------------

    void startCounseling() {
        FormDialog f = dialog("start-dialog", "detail.action.start", "detail.action.start.ok");
        TextArea note = f.field(ctx.text("detail.field.noteOptional"), false, area("start-note", 3));
        f.action((done, failed) -> vm.startCounseling(text(note)).run(done, failed)).show();
    }

    void changeRisk() {
        FormDialog f = dialog("risk-dialog", "detail.action.risk", "dialog.save");
        CaseDetail d = vm.detailProperty().get();
        if (d != null) {
            Label current = new Label(ctx.text("detail.risk.current", d.risk()));
            current.getStyleClass().add(Styles.TEXT_MUTED);
            f.line(current);
        }
        ComboBox<RiskLevel> risk = f.field(ctx.text("detail.field.risk"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(RiskLevel.values()), ctx.text("detail.risk.prompt")));
        risk.setId("risk-level");
        TextArea reason = f.field(ctx.text("detail.field.reasonOptional"), false, area("risk-reason", 3));
        f.check(() -> risk.getValue() == null ? ctx.text("case.error.riskMissing") : null)
                .action((done, failed) -> vm.changeRisk(risk.getValue(), text(reason)).run(done, failed)).show();
    }

    void recordSession() {
        FormDialog f = dialog("session-dialog", "detail.action.session", "dialog.save");
        DatePicker held = f.field(ctx.text("detail.field.heldOn"), true, date("session-date", ctx.today()));
        ComboBox<SessionKind> kind = f.field(ctx.text("detail.field.sessionKind"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(SessionKind.values()), ctx.text("detail.choose")));
        kind.setId("session-kind");
        kind.setValue(SessionKind.INDIVIDUAL);
        TextArea notes = f.field(ctx.text("detail.field.sessionNotes"), true, area("session-notes", 5));
        TextField next = f.field(ctx.text("detail.field.nextStep"), false, new TextField());
        next.setId("session-next");
        f.check(() -> firstOf(dateProblem(held), kind.getValue() == null ? ctx.text("case.error.sessionKindMissing")
                        : null, missing(text(notes), "case.error.notesMissing")))
                .action((done, failed) -> vm.recordSession(new SessionDraft(typed(held).orElse(null),
                        kind.getValue(), text(notes), text(next))).run(done, failed)).show();
    }

    void escalate() {
        FormDialog f = dialog("escalate-dialog", "detail.action.escalate", "detail.action.escalate.ok");
        ComboBox<ReferralDestination> to = f.field(ctx.text("detail.field.destination"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(ReferralDestination.values()), ctx.text("detail.choose")));
        to.setId("escalate-destination");
        DatePicker on = f.field(ctx.text("detail.field.referredOn"), true, date("escalate-date", ctx.today()));
        TextArea reason = f.field(ctx.text("detail.field.reason"), true, area("escalate-reason", 4));
        f.check(() -> firstOf(to.getValue() == null ? ctx.text("case.error.destinationMissing") : null,
                        dateProblem(on), missing(text(reason), "case.error.reasonMissing")))
                .action((done, failed) -> vm.escalate(new ReferralDraft(to.getValue(), typed(on).orElse(null),
                        text(reason))).run(done, failed)).show();
    }

    void recordOutcome(Referral r) {
        FormDialog f = dialog("outcome-dialog", "detail.action.outcome", "dialog.save");
        Label what = new Label(ctx.text("detail.timeline.referral", r.destination(), r.referredOn()));
        what.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(what);
        TextArea outcome = f.field(ctx.text("detail.field.outcome"), true, area("outcome-text", 4));
        DatePicker on = f.field(ctx.text("detail.field.outcomeOn"), true, date("outcome-date", ctx.today()));
        f.check(() -> firstOf(missing(text(outcome), "case.error.outcomeMissing"), dateProblem(on)))
                .action((done, failed) -> vm.recordReferralOutcome(r.id(), text(outcome), typed(on).orElse(null))
                        .run(done, failed)).show();
    }

    void acknowledge(Referral r) {
        FormDialog f = dialog("acknowledge-dialog", "detail.action.acknowledge", "detail.action.acknowledge.ok");
        Label what = new Label(ctx.text("detail.acknowledge.explain", r.byName(), r.referredOn()));
        what.setWrapText(true);
        // The explanation wraps within the dialog's width instead of running off its edge.
        what.setPrefWidth(520);
        what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(what);
        TextArea note = f.field(ctx.text("detail.field.acknowledgement"), true, area("acknowledge-note", 4));
        f.check(() -> missing(text(note), "case.error.acknowledgementMissing"))
                .action((done, failed) -> vm.acknowledge(r.id(), text(note)).run(done, failed)).show();
    }

    void addFollowUp() {
        FormDialog f = dialog("follow-up-dialog", "detail.action.followUp", "dialog.save");
        DatePicker due = f.field(ctx.text("detail.field.dueOn"), true, date("follow-up-date", ctx.today().plusDays(7)));
        ComboBox<User> who = f.field(ctx.text("detail.field.assignee"), true,
                Fields.arrowKeysChoose(new ComboBox<>(vm.counselors())));
        who.setId("follow-up-assignee");
        who.setCellFactory(l -> userCell());
        who.setButtonCell(userCell());
        vm.counselors().stream().filter(u -> u.id() == ctx.actor().userId()).findFirst().ifPresent(who::setValue);
        TextField what = f.field(ctx.text("detail.field.followUpWhat"), true, new TextField());
        what.setId("follow-up-what");
        what.setPromptText(ctx.text("detail.followUp.prompt"));
        f.check(() -> firstOf(dateProblem(due), who.getValue() == null ? ctx.text("case.error.notACounselor") : null,
                        missing(text(what), "case.error.followUpMissing")))
                .action((done, failed) -> vm.addFollowUp(new FollowUpDraft(typed(due).orElse(null),
                        who.getValue().id(), text(what))).run(done, failed)).show();
    }

    private static ListCell<User> userCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(User u, boolean empty) {
                super.updateItem(u, empty);
                setText(empty || u == null ? null : u.displayName());
            }
        };
    }

    void completeFollowUp(FollowUp fu) {
        FormDialog f = dialog("done-dialog", "detail.action.followUpDone", "detail.action.followUpDone.ok");
        Label what = new Label(ctx.text("detail.followUp.line", fu.description(), fu.dueOn()));
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(what);
        TextArea note = f.field(ctx.text("detail.field.noteOptional"), false, area("done-note", 3));
        f.action((done, failed) -> vm.completeFollowUp(fu.id(), text(note)).run(done, failed)).show();
    }

    void addNote() {
        FormDialog f = dialog("note-dialog", "detail.action.note", "dialog.save");
        TextArea note = f.field(ctx.text("detail.field.note"), true, area("note-text", 5));
        f.check(() -> missing(text(note), "case.error.noteMissing"))
                .action((done, failed) -> vm.addNote(text(note)).run(done, failed)).show();
    }

    void resolve() {
        FormDialog f = dialog("resolve-dialog", "detail.action.resolve", "detail.action.resolve.ok");
        TextArea summary = f.field(ctx.text("detail.field.summary"), true, area("resolve-summary", 4));
        TextArea recommendation = f.field(ctx.text("detail.field.recommendation"), false,
                area("resolve-recommendation", 3));
        recommendation.setPromptText(ctx.text("detail.recommendation.prompt"));
        CloseOutSection open = new CloseOutSection(ctx, vm.openItems());
        open.addTo(f);
        f.check(() -> firstOf(missing(text(summary), "case.error.summaryMissing"), open.problem()))
                .action((done, failed) -> vm.resolve(text(recommendation), text(summary), open.closures())
                        .run(done, failed)).show();
    }

    void dismiss() {
        FormDialog f = dialog("dismiss-dialog", "detail.action.dismiss", "detail.action.dismiss.ok");
        TextArea reason = f.field(ctx.text("detail.field.reason"), true, area("dismiss-reason", 4));
        reason.setPromptText(ctx.text("detail.dismiss.prompt"));
        CloseOutSection open = new CloseOutSection(ctx, vm.openItems());
        open.addTo(f);
        f.check(() -> firstOf(missing(text(reason), "case.error.reasonMissing"), open.problem()))
                .action((done, failed) -> vm.dismiss(text(reason), open.closures()).run(done, failed)).show();
    }

    void reopen() {
        FormDialog f = dialog("reopen-dialog", "detail.action.reopen", "detail.action.reopen.ok");
        TextArea reason = f.field(ctx.text("detail.field.reason"), true, area("reopen-reason", 4));
        f.check(() -> missing(text(reason), "case.error.reasonMissing"))
                .action((done, failed) -> vm.reopen(text(reason)).run(done, failed)).show();
    }
}
