package id.kantibekisah.students.ui;

import id.kantibekisah.students.ClassPromotion;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The class promotion screen: its preview, then the one step that promotes every class. */
public final class PromotionViewModel {
    private final UiContext ctx;
    private final ClassPromotion promotion;
    private final Runnable onFinished;
    private final ReadOnlyObjectWrapper<ClassPromotion.Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper working = new ReadOnlyBooleanWrapper(false);

    /** @param onFinished called after the promotion, or on cancel: back to the list */
    public PromotionViewModel(UiContext ctx, ClassPromotion promotion, Runnable onFinished) {
        this.ctx = ctx;
        this.promotion = promotion;
        this.onFinished = onFinished;
    }

    /** Loads the preview. */
    public void load() {
        plan.set(null);
        error.set("");
        working.set(true);
        ctx.tasks().run(null, p -> promotion.preview(ctx.actor()), (ClassPromotion.Plan p) -> {
            working.set(false);
            plan.set(p);
        }, e -> {
            working.set(false);
            error.set(ErrorPresenter.message(ctx.messages(), e));
        });
    }

    /** Promotes every class to the previewed academic year; the view has asked the user to confirm. */
    public void onPromote() {
        ClassPromotion.Plan p = plan.get();
        if (p == null || !p.canPromote() || working.get()) {
            return;
        }
        working.set(true);
        error.set("");
        ctx.tasks().run("task.promote", progress -> promotion.promote(ctx.actor(),
                p.academicYear()), (ClassPromotion.Result r) -> {
                    working.set(false);
                    ctx.notifier().info(ctx.text("promotion.done", r.academicYear(), r.promoted(), r.graduated()));
                    onFinished.run();
                }, e -> {
                    load();
                    error.set(ErrorPresenter.message(ctx.messages(), e));
                });
    }

    public void onCancel() {
        if (!working.get()) {
            onFinished.run();
        }
    }

    public ReadOnlyObjectProperty<ClassPromotion.Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working.getReadOnlyProperty();
    }
}
