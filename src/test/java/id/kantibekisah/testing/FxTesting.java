package id.kantibekisah.testing;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Small helpers for robot tests: wait for background work to show up on screen, read what a node shows. */
public final class FxTesting {
    private FxTesting() {
    }

    /** Types the user name and the password (or PIN) into the log-in screen and presses its button. */
    public static void submitLogIn(FxRobot robot, String username, String password) {
        robot.clickOn("#login-username").write(username);
        robot.clickOn("#login-password").write(password);
        robot.clickOn("#login-submit");
    }

    public static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public static Optional<Node> find(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery();
    }

    public static boolean showing(FxRobot robot, String query) {
        return find(robot, query).map(n -> n.getScene() != null && n.isVisible()).orElse(false);
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    @SuppressWarnings("unchecked")
    public static <T> TableView<T> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }
}
