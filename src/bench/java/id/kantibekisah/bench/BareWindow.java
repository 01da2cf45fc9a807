package id.kantibekisah.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.time.Duration;
import java.time.Instant;

/**
 * The floor for the start-up figure: the smallest JavaFX program that shows a window, with the same JVM flags and
 * started the same way as the program (a main class that is not the Application, JavaFX on the class path).
 */
public final class BareWindow extends Application {
    /** The entry point; a main in the Application subclass itself is refused on the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(BareWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Kanti Bekisah")), 1280, 720));
        stage.setOnShown(e -> Platform.runLater(() -> {
            Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
            System.out.println("STARTUP_MS " + Duration.between(jvmStart, Instant.now()).toMillis());
            Platform.exit();
        }));
        stage.show();
    }
}
