package id.kantibekisah.seal.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.common.Messages;
import id.kantibekisah.seal.SealService;
import id.kantibekisah.seal.SealService.KeyState;
import id.kantibekisah.security.UserService;
import id.kantibekisah.ui.Confirm;
import id.kantibekisah.ui.DialogPlacement;
import id.kantibekisah.ui.FormDialog;
import id.kantibekisah.ui.TaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The case file's key in the window: the recovery code shown once (first run, re-issue), the grant of the key to
 * a reader who has none (a colleague types their password here, or the recovery code is typed), and the notice
 * that says, in plain words, why sealed notes do not open yet.
 */
public final class SealKeyDialogs {
    public static final String GRANT_ID = "seal-grant";
    public static final String CODE_ID = "seal-recovery-code";

    private final Window owner;
    private final Messages m;
    private final TaskRunner tasks;
    private final SealService seal;
    private final UserService users;
    private final Actor actor;
    private final Runnable granted;

    /** @param granted runs once the key was granted (the window clears its notice) */
    public SealKeyDialogs(Window owner, Messages m, TaskRunner tasks, SealService seal, UserService users,
                          Actor actor, Runnable granted) {
        this.granted = granted;
        this.owner = owner;
        this.m = m;
        this.tasks = tasks;
        this.seal = seal;
        this.users = users;
        this.actor = actor;
    }

    /** The text for the message bar after log-in, or {@code null} when there is nothing to say. */
    public String notice() {
        KeyState state = seal.state(actor);
        return switch (state) {
            case NO_KEY -> m.get("seal.notice.noKey");
            case KEY_DAMAGED -> m.get("seal.notice.damaged");
            default -> null;
        };
    }

    /** Right after log-in: the recovery code when it was just created, otherwise nothing. */
    public void afterLogin() {
        seal.takeRecoveryCode(actor).ifPresent(code -> showCode(code, "seal.code.firstRun"));
    }

    /** Account > Case file key: grant when keyless; for a counselor holding it, a new recovery code. */
    public void open() {
        KeyState state = seal.state(actor);
        if (state == KeyState.HOLDS_KEY) {
            if (actor.role() != Role.COUNSELOR) {
                info(m.get("seal.holds.principal"));
                return;
            }
            Confirm.ask(owner, "seal-reissue", m.get("seal.reissue.title"), m.get("seal.reissue.question"),
                    m.get("seal.reissue.yes"), m.get("dialog.cancel"),
                    () -> tasks.run("seal.task", p -> seal.reissueRecoveryCode(actor),
                            code -> showCode(code, "seal.code.reissued"), e -> info(
                                    id.kantibekisah.ui.ErrorPresenter.message(m, e))));
            return;
        }
        grant(state);
    }

    private void grant(KeyState state) {
        FormDialog dialog = new FormDialog(owner, m, GRANT_ID, m.get("seal.grant.title"), null,
                m.get("seal.grant.ok"));
        Label explain = new Label(m.get("seal.grant.why." + state.name()) + "\n\n" + m.get("seal.grant.how"));
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        dialog.line(explain);
        TextField colleague = dialog.field(m.get("seal.grant.colleague"), false, new TextField());
        colleague.setId(GRANT_ID + "-colleague");
        PasswordField password = dialog.field(m.get("seal.grant.password"), false, new PasswordField());
        password.setId(GRANT_ID + "-password");
        Label or = new Label(m.get("seal.grant.or"));
        or.getStyleClass().add(Styles.TEXT_MUTED);
        dialog.line(or);
        TextField code = dialog.field(m.get("seal.grant.code"), false, new TextField());
        code.setId(GRANT_ID + "-code");
        code.setPromptText("XXXXX-XXXXX-XXXXX-XXXXX-XXXXX");
        dialog.check(() -> code.getText().isBlank() && (colleague.getText().isBlank() || password.getText().isEmpty())
                ? m.get("seal.grant.missing") : null);
        dialog.action((done, failed) -> {
            String who = colleague.getText();
            String pw = password.getText();
            String typed = code.getText();
            tasks.run("seal.task", p -> {
                if (!typed.isBlank()) {
                    seal.grantWithRecoveryCode(actor, typed);
                } else {
                    users.grantSealKey(actor, who, pw);
                }
                return Boolean.TRUE;
            }, ok -> {
                password.clear();
                done.run();
                granted.run();
                info(m.get("seal.grant.done"));
            }, failed);
        });
        dialog.show();
    }

    private void showCode(String code, String introKey) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.OK);
        alert.setTitle(m.get("seal.code.title"));
        alert.setHeaderText(m.get("seal.code.title"));
        DialogPlacement.prepare(alert, owner);
        alert.getDialogPane().setId(CODE_ID);
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        Label intro = new Label(m.get(introKey));
        intro.setWrapText(true);
        intro.setMaxWidth(560);
        TextField shown = new TextField(code);
        shown.setId(CODE_ID + "-value");
        shown.setEditable(false);
        shown.getStyleClass().addAll(Styles.TITLE_3, "recovery-code");
        Label keep = new Label(m.get("seal.code.keep"));
        keep.setWrapText(true);
        keep.setMaxWidth(560);
        keep.getStyleClass().add(Styles.WARNING);
        alert.getDialogPane().setContent(new VBox(12, intro, shown, keep));
        alert.show();
    }

    private void info(String text) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, text, ButtonType.OK);
        alert.setHeaderText(null);
        DialogPlacement.prepare(alert, owner);
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        alert.show();
    }
}
