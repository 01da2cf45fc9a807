package id.kantibekisah.ppksp.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.common.Dates;
import id.kantibekisah.ppksp.ConclusionDraft;
import id.kantibekisah.ppksp.DecisionDraft;
import id.kantibekisah.ppksp.Measure;
import id.kantibekisah.ppksp.MeasureDraft;
import id.kantibekisah.ppksp.MeasureKind;
import id.kantibekisah.ppksp.MeasureKinds;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.MeasureUpdate;
import id.kantibekisah.ppksp.OtherPartyDraft;
import id.kantibekisah.ppksp.OtherPartyKind;
import id.kantibekisah.ppksp.PpkspCase;
import id.kantibekisah.ppksp.ReceiptDraft;
import id.kantibekisah.ppksp.SanctionLevel;
import id.kantibekisah.ppksp.StepDraft;
import id.kantibekisah.ppksp.Summons;
import id.kantibekisah.ppksp.SummonsDraft;
import id.kantibekisah.ppksp.SummonsMode;
import id.kantibekisah.ppksp.TppkMatter;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.students.Gender;
import id.kantibekisah.ui.Fields;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.UiContext;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The dialogs of the PPKSP card: each checks what it needs and hands the rest to the service. */
final class PpkspDialogs {
    private final UiContext ctx;
    private final PpkspPanelModel vm;
    private final Supplier<List<PersonChoice>> persons;

    PpkspDialogs(UiContext ctx, PpkspPanelModel vm, Supplier<List<PersonChoice>> persons) {
        this.ctx = ctx;
        this.vm = vm;
        this.persons = persons;
    }

    private FormDialog dialog(String id, String title) {
        return new FormDialog(ctx.owner(), ctx.messages(), id, title, null, ctx.text("dialog.save"));
    }

    private static TextArea area(String id, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        return a;
    }

    private static TextField field(String id) {
        TextField t = new TextField();
        t.setId(id);
        return t;
    }

    private DatePicker date(String id, LocalDate value) {
        DatePicker p = Fields.datePicker(ctx.messages());
        p.setId(id);
        p.setValue(value);
        return p;
    }

    private static Optional<LocalDate> typed(DatePicker p) {
        return Dates.parseInput(p.getEditor().getText());
    }

    private String dateProblem(DatePicker p, boolean required) {
        String t = p.getEditor().getText();
        if (t == null || t.isBlank()) {
            return required ? ctx.text("case.error.dateMissing") : null;
        }
        return typed(p).isEmpty() ? ctx.text("intake.error.dateFormat") : null;
    }

    private static String text(TextArea a) {
        return a.getText() == null || a.getText().isBlank() ? null : a.getText().trim();
    }

    private static String text(TextField t) {
        return t.getText() == null || t.getText().isBlank() ? null : t.getText().trim();
    }

    private static String firstOf(String... problems) {
        return Arrays.stream(problems).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private String missing(Object value, String key) {
        return value == null ? ctx.text(key) : null;
    }

    private ComboBox<PersonChoice> personBox(String id) {
        ComboBox<PersonChoice> box = Fields.arrowKeysChoose(new ComboBox<>());
        box.getItems().setAll(persons.get());
        box.setId(id);
        box.setPromptText(ctx.text("detail.choose"));
        return box;
    }

    // ---- forms and parties ----------------------------------------------------------------------------------

    void setForms(PpkspCase c) {
        FormDialog f = dialog("forms-dialog", ctx.text("ppksp.action.forms"));
        Set<ViolenceForm> start = !c.forms().isEmpty() ? c.forms() : c.suggested().orElse(Set.of());
        Map<ViolenceForm, CheckBox> boxes = new EnumMap<>(ViolenceForm.class);
        FlowPane pane = new FlowPane(12, 8);
        for (ViolenceForm v : ViolenceForm.values()) {
            CheckBox box = new CheckBox(ctx.messages().label(v));
            box.setId("form-" + v.name().toLowerCase(Locale.ROOT));
            box.setSelected(start.contains(v));
            boxes.put(v, box);
            pane.getChildren().add(box);
        }
        Label hint = new Label(ctx.text("ppksp.dialog.forms.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(hint);
        f.field(ctx.text("ppksp.dialog.forms"), false, pane);
        f.action((done, failed) -> {
            Set<ViolenceForm> chosen = EnumSet.noneOf(ViolenceForm.class);
            boxes.forEach((v, box) -> {
                if (box.isSelected()) {
                    chosen.add(v);
                }
            });
            vm.setForms(chosen).run(done, failed);
        }).show();
    }

    void addOtherParty() {
        FormDialog f = dialog("party-dialog", ctx.text("ppksp.action.addParty"));
        TextField name = f.field(ctx.text("ppksp.dialog.party.name"), true, field("party-name"));
        ComboBox<OtherPartyKind> kind = f.field(ctx.text("ppksp.dialog.party.kind"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(OtherPartyKind.values()), ctx.text("detail.choose")));
        kind.setId("party-kind");
        ComboBox<PartyRole> role = f.field(ctx.text("ppksp.dialog.party.role"), true, Fields.enumBox(ctx.messages(),
                List.of(PartyRole.VICTIM, PartyRole.PERPETRATOR, PartyRole.WITNESS), ctx.text("detail.choose")));
        role.setId("party-role");
        ComboBox<Gender> gender = f.field(ctx.text("ppksp.dialog.party.gender"), false,
                Fields.enumBox(ctx.messages(), Arrays.asList(Gender.values()), ctx.text("detail.choose")));
        gender.setId("party-gender");
        TextField note = f.field(ctx.text("detail.field.noteOptional"), false, field("party-note"));
        f.check(() -> firstOf(missing(text(name), "ppksp.error.nameMissing"),
                        missing(kind.getValue(), "ppksp.error.partyKindMissing"),
                        missing(role.getValue(), "ppksp.error.partyRoleMissing")))
                .action((done, failed) -> vm.addOtherParty(new OtherPartyDraft(text(name), kind.getValue(),
                        role.getValue(), gender.getValue(), text(note))).run(done, failed)).show();
    }

    // ---- the TPPK track -------------------------------------------------------------------------------------

    void openMatter() {
        FormDialog f = dialog("receipt-dialog", ctx.text("tppk.action.open"));
        CheckBox withoutReport = new CheckBox(ctx.text("tppk.dialog.withoutReport"));
        withoutReport.setId("receipt-without-report");
        DatePicker reported = f.field(ctx.text("tppk.dialog.reportedOn"), false,
                date("receipt-reported", ctx.today()));
        f.line(withoutReport);
        reported.disableProperty().bind(withoutReport.selectedProperty());
        DatePicker received = f.field(ctx.text("tppk.dialog.receivedOn"), true, date("receipt-date", ctx.today()));
        TextField who = f.field(ctx.text("tppk.dialog.who"), true, field("receipt-who"));
        who.setText(ctx.actor().displayName());
        TextArea findings = f.field(ctx.text("tppk.dialog.findingsOptional"), false, area("receipt-findings", 3));
        f.check(() -> firstOf(withoutReport.isSelected() ? null : dateProblem(reported, true),
                        dateProblem(received, true), missing(text(who), "tppk.error.whoMissing")))
                .action((done, failed) -> vm.openMatter(new ReceiptDraft(withoutReport.isSelected() ? null
                        : typed(reported).orElse(null), typed(received).orElse(null), text(who), text(findings)))
                        .run(done, failed)).show();
    }

    void recordStep(TppkStep step, TppkMatter m) {
        String title = ctx.text("tppk.action.record", ctx.messages().label(step));
        String id = "step-" + step.name().toLowerCase(Locale.ROOT);
        FormDialog f = dialog(id + "-dialog", title);
        LocalDate due = m.deadlines().get(step);
        if (due != null) {
            Label deadline = new Label(ctx.text("tppk.dialog.deadline", due));
            deadline.getStyleClass().add(m.isOverdue(step, ctx.today()) ? "overdue-text" : Styles.TEXT_MUTED);
            f.line(deadline);
        }
        DatePicker on = f.field(ctx.text("tppk.dialog.doneOn"), true, date(id + "-date", ctx.today()));
        TextField who = f.field(ctx.text(step == TppkStep.EXAMINATION ? "tppk.dialog.team" : "tppk.dialog.who"),
                true, field(id + "-who"));
        if (step == TppkStep.DECISION) {
            who.setText(ctx.text("tppk.dialog.principal"));
        }
        switch (step) {
            case CONCLUSION -> conclusion(f, on, who, id);
            case DECISION -> {
                TextArea decision = f.field(ctx.text("tppk.dialog.decision"), true, area(id + "-text", 3));
                DatePicker dinas = f.field(ctx.text("tppk.dialog.dinasCopy"), false, date(id + "-dinas", null));
                f.check(() -> firstOf(dateProblem(on, true), missing(text(who), "tppk.error.whoMissing"),
                                missing(text(decision), "tppk.error.decisionMissing"), dateProblem(dinas, false)))
                        .action((done, failed) -> vm.recordDecision(new DecisionDraft(typed(on).orElse(null),
                                text(who), text(decision), typed(dinas).orElse(null))).run(done, failed));
            }
            default -> {
                TextArea findings = f.field(ctx.text(step == TppkStep.EXAMINATION ? "tppk.dialog.findings"
                        : "tppk.dialog.findingsOptional"), step == TppkStep.EXAMINATION, area(id + "-findings", 4));
                f.check(() -> firstOf(dateProblem(on, true), missing(text(who), "tppk.error.whoMissing")))
                        .action((done, failed) -> {
                            StepDraft d = new StepDraft(typed(on).orElse(null), text(who), text(findings));
                            (step == TppkStep.EXAMINATION ? vm.recordExamination(d) : vm.recordRecovery(d))
                                    .run(done, failed);
                        });
            }
        }
        f.show();
    }

    private void conclusion(FormDialog f, DatePicker on, TextField who, String id) {
        CheckBox proven = new CheckBox(ctx.text("tppk.dialog.proven"));
        proven.setId(id + "-proven");
        f.line(proven);
        ComboBox<SanctionLevel> sanction = f.field(ctx.text("tppk.dialog.sanction"), false,
                Fields.enumBox(ctx.messages(), Arrays.asList(SanctionLevel.values()), ctx.text("detail.choose")));
        sanction.setId(id + "-sanction");
        sanction.disableProperty().bind(proven.selectedProperty().not());
        TextArea goodName = f.field(ctx.text("tppk.dialog.goodName"), false, area(id + "-good-name", 2));
        goodName.disableProperty().bind(proven.selectedProperty());
        TextArea support = f.field(ctx.text("tppk.dialog.victimSupport"), false, area(id + "-support", 2));
        TextArea findings = f.field(ctx.text("tppk.dialog.findingsOptional"), false, area(id + "-findings", 3));
        f.check(() -> firstOf(dateProblem(on, true), missing(text(who), "tppk.error.whoMissing"),
                        proven.isSelected() ? null : missing(text(goodName), "tppk.error.goodNameMissing")))
                .action((done, failed) -> vm.recordConclusion(new ConclusionDraft(typed(on).orElse(null), text(who),
                        proven.isSelected(), proven.isSelected() ? sanction.getValue() : null,
                        proven.isSelected() ? null : text(goodName), text(support), text(findings)))
                        .run(done, failed));
    }

    void addSummons() {
        FormDialog f = dialog("summons-dialog", ctx.text("tppk.action.summons"));
        ComboBox<PersonChoice> person = f.field(ctx.text("tppk.dialog.summons.person"), true,
                personBox("summons-person"));
        TextField to = f.field(ctx.text("tppk.dialog.summons.to"), false, field("summons-to"));
        to.setPromptText(ctx.text("tppk.dialog.summons.toPrompt"));
        ComboBox<SummonsMode> mode = f.field(ctx.text("tppk.dialog.summons.mode"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(SummonsMode.values()), ctx.text("detail.choose")));
        mode.setId("summons-mode");
        mode.setValue(SummonsMode.WRITTEN);
        DatePicker on = f.field(ctx.text("tppk.dialog.summons.on"), true, date("summons-date", ctx.today()));
        TextField note = f.field(ctx.text("detail.field.noteOptional"), false, field("summons-note"));
        f.check(() -> firstOf(missing(person.getValue(), "tppk.error.summonsPerson"),
                        missing(mode.getValue(), "tppk.error.summonsMode"), dateProblem(on, true)))
                .action((done, failed) -> vm.addSummons(new SummonsDraft(person.getValue().studentId(),
                        person.getValue().otherPartyId(), text(to), mode.getValue(), typed(on).orElse(null),
                        text(note))).run(done, failed)).show();
    }

    void attendance(Summons s, boolean attended) {
        FormDialog f = dialog("attendance-dialog", ctx.text(attended ? "tppk.action.came" : "tppk.action.absent"));
        Label what = new Label(ctx.text("tppk.dialog.attendance", s.personName(), s.addressedTo(), s.summonedFor()));
        what.setWrapText(true);
        what.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(what);
        TextField note = f.field(ctx.text("detail.field.noteOptional"), false, field("attendance-note"));
        f.action((done, failed) -> vm.recordAttendance(s.id(), attended, text(note), third -> {
            if (third) {
                ctx.notifier().info(ctx.text("tppk.panel.proceedWithout", s.personName()));
            }
        }).run(done, failed)).show();
    }

    // ---- measures -------------------------------------------------------------------------------------------

    void addMeasure() {
        FormDialog f = dialog("measure-dialog", ctx.text("measure.action.add"));
        ComboBox<MeasureKind> kind = f.field(ctx.text("measure.dialog.kind"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(MeasureKind.values()), ctx.text("detail.choose")));
        kind.setId("measure-kind");
        ComboBox<PersonChoice> person = f.field(ctx.text("measure.dialog.person"), false,
                personBox("measure-person"));
        TextField responsible = f.field(ctx.text("measure.dialog.responsible"), true, field("measure-responsible"));
        responsible.setText(ctx.actor().displayName());
        DatePicker due = f.field(ctx.text("measure.dialog.due"), true, date("measure-due", ctx.today().plusDays(14)));
        ComboBox<ReferralDestination> referral = f.field(ctx.text("measure.dialog.referral"), false,
                Fields.enumBox(ctx.messages(), List.copyOf(MeasureKinds.REFERRAL_SERVICES), ctx.text("detail.choose")));
        referral.setId("measure-referral");
        referral.disableProperty().bind(kind.valueProperty().isNotEqualTo(MeasureKind.REFERRAL_FOLLOW_THROUGH));
        TextField platform = f.field(ctx.text("measure.dialog.platform"), false, field("measure-platform"));
        TextField content = f.field(ctx.text("measure.dialog.content"), false, field("measure-content"));
        DatePicker asked = f.field(ctx.text("measure.dialog.asked"), false, date("measure-asked", null));
        for (javafx.scene.Node n : List.of(platform, content, asked)) {
            n.disableProperty().bind(kind.valueProperty().isNotEqualTo(MeasureKind.CONTENT_TAKEDOWN));
        }
        TextArea note = f.field(ctx.text("measure.dialog.note"), false, area("measure-note", 2));
        note.setPromptText(ctx.text("measure.dialog.notePrompt"));
        f.check(() -> firstOf(missing(kind.getValue(), "measure.error.kindMissing"),
                        missing(text(responsible), "measure.error.responsibleMissing"), dateProblem(due, true),
                        dateProblem(asked, false)))
                .action((done, failed) -> {
                    PersonChoice p = person.getValue();
                    vm.addMeasure(new MeasureDraft(kind.getValue(), p == null ? null : p.studentId(),
                            p == null ? null : p.otherPartyId(), text(responsible), typed(due).orElse(null),
                            text(note), referral.getValue(), text(platform), text(content),
                            typed(asked).orElse(null))).run(done, failed);
                }).show();
    }

    void updateMeasure(Measure m) {
        FormDialog f = dialog("measure-update-dialog", ctx.text("measure.action.update"));
        Label what = new Label(ctx.messages().label(m.kind()) + (m.personName() == null ? "" : " \u2014 "
                + m.personName()));
        what.getStyleClass().add(Styles.TEXT_MUTED);
        f.line(what);
        ComboBox<MeasureStatus> status = f.field(ctx.text("measure.dialog.status"), true,
                Fields.enumBox(ctx.messages(), Arrays.asList(MeasureStatus.values()), ctx.text("detail.choose")));
        status.setId("measure-status");
        status.setValue(m.status());
        TextArea reason = f.field(ctx.text("measure.dialog.reason"), false, area("measure-reason", 2));
        reason.disableProperty().bind(status.valueProperty().isNotEqualTo(MeasureStatus.NOT_DONE));
        TextArea note = f.field(ctx.text("detail.field.noteOptional"), false, area("measure-update-note", 2));
        boolean takedown = m.kind() == MeasureKind.CONTENT_TAKEDOWN;
        DatePicker asked = date("measure-update-asked", m.takedownAskedOn());
        DatePicker removed = date("measure-update-removed", m.removedOn());
        if (takedown) {
            f.field(ctx.text("measure.dialog.asked"), false, asked);
            f.field(ctx.text("measure.dialog.removed"), false, removed);
        }
        f.check(() -> firstOf(missing(status.getValue(), "measure.error.statusMissing"),
                        status.getValue() == MeasureStatus.NOT_DONE ? missing(text(reason),
                                "measure.error.reasonMissing") : null,
                        takedown ? dateProblem(asked, false) : null, takedown ? dateProblem(removed, false) : null))
                .action((done, failed) -> vm.updateMeasure(m.id(), new MeasureUpdate(status.getValue(),
                        text(reason), text(note), takedown ? typed(asked).orElse(null) : null,
                        takedown ? typed(removed).orElse(null) : null)).run(done, failed)).show();
    }
}
