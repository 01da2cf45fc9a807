package id.kantibekisah.cases.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.ItemClosure;
import id.kantibekisah.cases.OpenItems;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.UiContext;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of the closing dialogs (Selesaikan, Tidak ditindaklanjuti) that lists what is still open on the case and
 * lets the counselor close each item in the same step: done (with a note, or a referral's outcome) or cancelled
 * with a reason. Cancel on the dialog goes back to the case with nothing changed.
 */
final class CloseOutSection {
    /** One open item with its choice and text. */
    private record Item(ItemClosure.Item kind, long id, String label, RadioButton done, RadioButton cancel,
                        TextField text, boolean doneNeedsText) {
        boolean decided() {
            return done.isSelected() || cancel.isSelected();
        }

        boolean textMissing() {
            boolean needs = cancel.isSelected() || doneNeedsText;
            return needs && (text.getText() == null || text.getText().isBlank());
        }

        ItemClosure closure() {
            String t = text.getText() == null || text.getText().isBlank() ? null : text.getText().trim();
            return new ItemClosure(kind, id, cancel.isSelected(), t);
        }
    }

    private final UiContext ctx;
    private final List<Item> items = new ArrayList<>();

    CloseOutSection(UiContext ctx, OpenItems open) {
        this.ctx = ctx;
        LocalDate today = ctx.today();
        for (FollowUp f : open.followUps()) {
            String state = f.overdue(today) ? ctx.text("detail.followUp.overdue",
                    ChronoUnit.DAYS.between(f.dueOn(), today)) : ctx.text("detail.followUp.open");
            items.add(item(ItemClosure.Item.FOLLOW_UP, f.id(), "closeout-followup-" + f.id(),
                    ctx.text("detail.closeOut.followUp", f.description(), f.dueOn(), state),
                    ctx.text("detail.closeOut.done"), false));
        }
        for (Referral r : open.awaitingPrincipal()) {
            items.add(item(ItemClosure.Item.REFERRAL, r.id(), "closeout-referral-" + r.id(),
                    ctx.text("detail.closeOut.principal", r.referredOn()), ctx.text("detail.closeOut.doneWithdrawn"),
                    true));
        }
        for (Referral r : open.withoutOutcome()) {
            items.add(item(ItemClosure.Item.REFERRAL, r.id(), "closeout-referral-" + r.id(),
                    ctx.text("detail.closeOut.referral", r.destination(), r.referredOn()),
                    ctx.text("detail.closeOut.doneReferral"), true));
        }
    }

    private Item item(ItemClosure.Item kind, long id, String nodeId, String label, String doneText,
                      boolean doneNeedsText) {
        ToggleGroup group = new ToggleGroup();
        RadioButton done = new RadioButton(doneText);
        done.setId(nodeId + "-done");
        done.setToggleGroup(group);
        RadioButton cancel = new RadioButton(ctx.text("detail.closeOut.cancel"));
        cancel.setId(nodeId + "-cancel");
        cancel.setToggleGroup(group);
        TextField text = new TextField();
        text.setId(nodeId + "-text");
        String donePrompt = ctx.text(doneNeedsText ? "detail.closeOut.outcomePrompt" : "detail.closeOut.notePrompt");
        text.setPromptText(donePrompt);
        group.selectedToggleProperty().addListener((obs, old, now) -> text.setPromptText(
                now == cancel ? ctx.text("detail.closeOut.reasonPrompt") : donePrompt));
        return new Item(kind, id, label, done, cancel, text, doneNeedsText);
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** Puts the list into the dialog, under a heading; a long list scrolls instead of growing the dialog. */
    void addTo(FormDialog f) {
        if (items.isEmpty()) {
            return;
        }
        Label heading = new Label(ctx.text("detail.closeOut.title"));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label explain = new Label(ctx.text("detail.closeOut.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add(Styles.TEXT_MUTED);
        VBox list = new VBox(10);
        list.setId("closeout-items");
        for (Item i : items) {
            Label what = new Label(i.label());
            what.setWrapText(true);
            HBox choice = new HBox(16, i.done(), i.cancel());
            list.getChildren().add(new VBox(4, what, choice, i.text()));
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportHeight(Math.min(items.size(), 3) * 96.0);
        scroll.getStyleClass().add("close-out");
        f.line(new VBox(4, heading, explain, scroll));
    }

    /** What keeps the dialog from closing the case, or null when every item is decided. */
    String problem() {
        for (Item i : items) {
            if (!i.decided()) {
                return ctx.text("detail.closeOut.undecided", i.done().getText(), i.cancel().getText());
            }
        }
        for (Item i : items) {
            if (i.textMissing()) {
                return ctx.text("detail.closeOut.textMissing", i.label());
            }
        }
        return null;
    }

    List<ItemClosure> closures() {
        return items.stream().map(Item::closure).toList();
    }
}
