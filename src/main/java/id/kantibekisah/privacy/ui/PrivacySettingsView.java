package id.kantibekisah.privacy.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.privacy.PrivacySettings;
import id.kantibekisah.privacy.PrivacySettingsService;
import id.kantibekisah.privacy.RetentionService;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.binding.Bindings;
import javafx.beans.property.IntegerProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** Keamanan &amp; privasi: the admin's auto-lock and retention settings, and anonymising students past retention. */
public final class PrivacySettingsView implements View {
    private final UiContext ctx;
    private final PrivacySettingsViewModel vm;
    private final ScrollPane root;

    public PrivacySettingsView(UiContext ctx, PrivacySettingsService privacySettings, RetentionService retention) {
        this.ctx = ctx;
        this.vm = new PrivacySettingsViewModel(ctx, privacySettings, retention);

        Label lockTitle = new Label(ctx.text("privacy.lock.title"));
        lockTitle.getStyleClass().add(Styles.TITLE_4);
        Label lockHint = hint("privacy.lock.hint");
        Spinner<Integer> staff = spinner("privacy-staff-minutes", vm.staffMinutesProperty(),
                PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES);
        Spinner<Integer> cadre = spinner("privacy-cadre-minutes", vm.cadreMinutesProperty(),
                PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES);
        Label retentionTitle = new Label(ctx.text("privacy.retention.title"));
        retentionTitle.getStyleClass().add(Styles.TITLE_4);
        Label retentionHint = hint("privacy.retention.hint");
        Spinner<Integer> years = spinner("privacy-retention-years", vm.retentionYearsProperty(),
                PrivacySettings.MIN_RETENTION_YEARS, PrivacySettings.MAX_RETENTION_YEARS);

        GridPane lockGrid = grid();
        lockGrid.addRow(0, new Label(ctx.text("privacy.lock.staff")), staff, new Label(ctx.text("privacy.minutes")));
        lockGrid.addRow(1, new Label(ctx.text("privacy.lock.cadre")), cadre, new Label(ctx.text("privacy.minutes")));
        GridPane retentionGrid = grid();
        retentionGrid.addRow(0, new Label(ctx.text("privacy.retention.years")), years,
                new Label(ctx.text("privacy.years")));

        Button save = new Button(ctx.text("privacy.save"), new FontIcon(Material2MZ.SAVE));
        save.setId("privacy-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.onSave());
        Label error = new Label();
        error.setId("privacy-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(vm.formErrorProperty());
        error.managedProperty().bind(vm.formErrorProperty().isNotEmpty());
        error.visibleProperty().bind(vm.formErrorProperty().isNotEmpty());

        Label anonTitle = new Label(ctx.text("privacy.anonymise.title"));
        anonTitle.getStyleClass().add(Styles.TITLE_4);
        Label anonHint = hint("privacy.anonymise.hint");
        Label status = new Label();
        status.setId("privacy-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            RetentionService.Status s = vm.statusProperty().get();
            return s == null ? "" : ctx.text("privacy.status", s.due(), s.retentionYears(), s.anonymised());
        }, vm.statusProperty()));
        Button anonymise = new Button(ctx.text("privacy.anonymise"), new FontIcon(Material2MZ.PERSON_REMOVE));
        anonymise.setId("privacy-anonymise");
        anonymise.disableProperty().bind(Bindings.createBooleanBinding(() -> vm.statusProperty().get() == null
                || vm.statusProperty().get().due() == 0 || vm.busyProperty().get(), vm.statusProperty(),
                vm.busyProperty()));
        anonymise.setOnAction(e -> vm.onAnonymise());
        Label confirmText = new Label();
        confirmText.setWrapText(true);
        confirmText.textProperty().bind(Bindings.createStringBinding(() -> vm.statusProperty().get() == null ? ""
                : ctx.text("privacy.anonymise.confirm", vm.statusProperty().get().due()), vm.statusProperty()));
        Button yes = new Button(ctx.text("privacy.anonymise.yes"));
        yes.setId("privacy-anonymise-confirm");
        yes.getStyleClass().add(Styles.DANGER);
        yes.setOnAction(e -> vm.onConfirmAnonymise());
        Button no = new Button(ctx.text("users.cancel"));
        no.setOnAction(e -> vm.onCancelAnonymise());
        VBox confirm = new VBox(8, confirmText, new HBox(8, yes, no));
        confirm.getStyleClass().add("confirm-box");
        confirm.visibleProperty().bind(vm.confirmingProperty());
        confirm.managedProperty().bind(vm.confirmingProperty());

        VBox.setMargin(retentionTitle, new Insets(12, 0, 0, 0));
        VBox content = new VBox(10, lockTitle, lockHint, lockGrid, retentionTitle, retentionHint, retentionGrid,
                save, error, new Separator(), anonTitle, anonHint, status, anonymise, confirm);
        content.setPadding(new Insets(16, 20, 16, 20));
        content.setMaxWidth(760);
        root = new ScrollPane(content);
        root.setFitToWidth(true);
        root.setId("privacy-settings-view");
    }

    private Label hint(String key) {
        Label l = new Label(ctx.text(key));
        l.setWrapText(true);
        l.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.getColumnConstraints().add(new javafx.scene.layout.ColumnConstraints(240));
        g.setHgap(10);
        g.setVgap(8);
        g.setAlignment(Pos.CENTER_LEFT);
        return g;
    }

    private static Spinner<Integer> spinner(String id, IntegerProperty value, int min, int max) {
        Spinner<Integer> s = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value.get());
        s.setValueFactory(factory);
        s.setEditable(true);
        s.setId(id);
        s.setPrefWidth(100);
        value.addListener((obs, old, v) -> factory.setValue(v.intValue()));
        factory.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                value.set(v);
            }
        });
        return s;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onActivate() {
        vm.activate();
    }
}
