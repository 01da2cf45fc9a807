package id.kantibekisah.privacy.ui;

import id.kantibekisah.privacy.PrivacySettings;
import id.kantibekisah.privacy.PrivacySettingsService;
import id.kantibekisah.privacy.RetentionService;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The admin's privacy and security settings: auto-lock minutes for staff and for cadres, the retention period, and
 * anonymising the students whose retention period has passed (counts only: the admin never sees who).
 */
public final class PrivacySettingsViewModel {
    private final UiContext ctx;
    private final PrivacySettingsService privacySettings;
    private final RetentionService retention;
    private final IntegerProperty staffMinutes = new SimpleIntegerProperty(PrivacySettings.DEFAULT_STAFF_LOCK_MINUTES);
    private final IntegerProperty cadreMinutes = new SimpleIntegerProperty(PrivacySettings.DEFAULT_CADRE_LOCK_MINUTES);
    private final IntegerProperty retentionYears = new SimpleIntegerProperty(PrivacySettings.DEFAULT_RETENTION_YEARS);
    private final ReadOnlyObjectWrapper<RetentionService.Status> status = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    public PrivacySettingsViewModel(UiContext ctx, PrivacySettingsService privacySettings, RetentionService retention) {
        this.ctx = ctx;
        this.privacySettings = privacySettings;
        this.retention = retention;
    }

    public void activate() {
        ctx.tasks().run(null, p -> privacySettings.current(), s -> {
            staffMinutes.set(s.staffLockMinutes());
            cadreMinutes.set(s.cadreLockMinutes());
            retentionYears.set(s.retentionYears());
        }, ctx.notifier()::error);
        loadStatus();
    }

    private void loadStatus() {
        ctx.tasks().run(null, p -> retention.status(ctx.actor()), status::set,
                ctx.notifier()::error);
    }

    public void onSave() {
        PrivacySettings s = new PrivacySettings(staffMinutes.get(), cadreMinutes.get(), retentionYears.get());
        ctx.tasks().run(null, p -> privacySettings.update(ctx.actor(), s), saved -> {
            formError.set("");
            ctx.notifier().info(ctx.text("privacy.saved"));
            loadStatus();
        }, e -> formError.set(ErrorPresenter.message(ctx.messages(), e)));
    }

    public void onAnonymise() {
        if (status.get() != null && status.get().due() > 0) {
            confirming.set(true);
        }
    }

    public void onCancelAnonymise() {
        confirming.set(false);
    }

    public void onConfirmAnonymise() {
        confirming.set(false);
        busy.set(true);
        ctx.tasks().run("privacy.anonymise.task", p -> retention.anonymiseDue(ctx.actor(), p),
                count -> {
                    busy.set(false);
                    ctx.notifier().info(ctx.text("privacy.anonymised", count));
                    loadStatus();
                }, e -> {
                    busy.set(false);
                    ctx.notifier().error(e);
                });
    }

    public IntegerProperty staffMinutesProperty() {
        return staffMinutes;
    }

    public IntegerProperty cadreMinutesProperty() {
        return cadreMinutes;
    }

    public IntegerProperty retentionYearsProperty() {
        return retentionYears;
    }

    public ReadOnlyObjectProperty<RetentionService.Status> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
