package id.kantibekisah.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** Runs the command line in-process for tests of other packages; keeps what it printed. */
public final class CliRunner {
    private final Clock clock;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    public CliRunner(Clock clock) {
        this.clock = clock;
    }

    public int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err), options -> { }, clock);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
