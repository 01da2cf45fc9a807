package id.kantibekisah.app;

import id.kantibekisah.cli.Cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The program's entry point. Not a JavaFX {@code Application}, so {@code java -jar} works with JavaFX on the class
 * path; it hands over to {@link KantiBekisahApp} only when no command is given, and returns when the window closes.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Logging.configure();
        if (args.length == 0) {
            // How the desktop entry starts the program: open the window at once. Building the command line's parser
            // costs about 100 ms of a cold start on a 2-core PC, and with no arguments there is nothing to parse.
            KantiBekisahApp.launch(Cli.GuiOptions.defaults());
            System.exit(Cli.OK);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = Cli.run(args, out, err, KantiBekisahApp::launch, Clock.systemDefaultZone());
        System.exit(code);
    }
}
