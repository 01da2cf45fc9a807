package id.kantibekisah.cli;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.DataPaths;
import id.kantibekisah.db.DatabaseLock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The command line on the program's jar. Without a command it opens the window; with one it runs that command
 * and exits 0 (done), 1 (bad input or refused; the message on stderr, nothing half-written) or 2 (usage error).
 */
@Command(name = "kanti-bekisah", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Kanti Bekisah: case tracker for the BK team of a junior high school.",
            "Without a command, opens the program's window."},
        subcommands = {InitCommand.class, SeedDemoCommand.class, ImportRosterCommand.class, VerifyCommand.class,
            ExportReportCommand.class, BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class})
public final class Cli implements Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /**
     * What the window needs to start: the database file and the language; {@code languageChosen} when {@code --lang}
     * was given, which then wins over the language remembered on this PC.
     */
    public record GuiOptions(Path database, boolean demo, Locale locale, boolean languageChosen) {
        /** What the command line gives when it is given nothing: the real database, the PC's language. */
        public static GuiOptions defaults() {
            return new GuiOptions(DataPaths.defaultDatabase(), false, Messages.INDONESIAN, false);
        }
    }

    @Option(names = "--db", paramLabel = "PATH", scope = CommandLine.ScopeType.INHERIT,
            description = "Database file. Default: kanti-bekisah.db in the user's data folder "
                    + "(%%APPDATA%%\\KantiBekisah on Windows, ~/.local/share/kanti-bekisah on Linux, "
                    + "~/Library/Application Support/KantiBekisah on macOS).")
    Path db;

    @Option(names = "--demo", description = "Open the fictional demo school (its own database, seeded on first use).")
    boolean demo;

    @Option(names = "--lang", paramLabel = "id|en", scope = CommandLine.ScopeType.INHERIT,
            description = "Language of messages: id (Bahasa Indonesia, default) or en.")
    String lang;

    private final Consumer<GuiOptions> openWindow;
    private final Clock clock;
    private PrintWriter out;
    private PrintWriter err;

    Cli(Consumer<GuiOptions> openWindow, Clock clock) {
        this.openWindow = openWindow;
        this.clock = clock;
    }

    /** Runs the command line; returns the exit code. {@code openWindow} is called when no command is given. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<GuiOptions> openWindow,
                          Clock clock) {
        Cli cli = new Cli(openWindow, clock);
        cli.out = out;
        cli.err = err;
        CommandLine cl = new CommandLine(cli);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            Messages messages = cli.messages();
            if (ex instanceof ServiceException se) {
                err.println(messages.get("cli.error", messages.message(se)));
            } else {
                err.println(messages.get("cli.error", String.valueOf(ex)));
                ex.printStackTrace(err);
            }
            err.flush();
            return FAILED;
        });
        cl.setExecutionStrategy(parseResult -> {
            // The lock file says which program holds the database: the window, or this command.
            CommandLine.ParseResult sub = parseResult.subcommand();
            DatabaseLock.describeProgram(sub == null ? DatabaseLock.WINDOW : sub.commandSpec().name());
            try {
                return new CommandLine.RunLast().execute(parseResult);
            } finally {
                DatabaseLock.describeProgram(null);
            }
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        openWindow.accept(new GuiOptions(database(), demo, locale(), lang != null));
        return OK;
    }

    Path database() {
        return db != null ? db : demo ? DataPaths.demoDatabase() : DataPaths.defaultDatabase();
    }

    Locale locale() {
        return "en".equalsIgnoreCase(lang) ? Messages.ENGLISH : Messages.INDONESIAN;
    }

    Messages messages() {
        return Messages.of(locale());
    }

    Clock clock() {
        return clock;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    /** The version from the build ({@code version.properties}, filtered by Maven). */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Kanti Bekisah " + number()};
        }

        public static String number() {
            Properties p = new Properties();
            try (InputStream in = Cli.class.getResourceAsStream("/id/kantibekisah/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                return "?";
            }
            return p.getProperty("version", "?");
        }
    }
}
