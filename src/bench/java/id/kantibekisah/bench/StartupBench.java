package id.kantibekisah.bench;

import id.kantibekisah.demo.DemoSchool;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.wiring.AppServices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * JVM start to the log-in window shown, against a bare JavaFX window started with the same JVM flags, alternating
 * the two so that both see the same machine. Uses the X display when there is one, starts Xvfb when it is
 * installed, and falls back to headless Monocle for both otherwise.
 */
final class StartupBench {
    private StartupBench() {
    }

    static void run(Path folder, Figures figures) throws Exception {
        int rounds = Integer.getInteger("bench.startupRounds", 7);
        // Where the program looks without --db (Linux: $XDG_DATA_HOME/kanti-bekisah/kanti-bekisah.db), so it can be
        // started as its desktop entry starts it: with no arguments.
        Path dataHome = folder.resolve("startup-home");
        Path db = dataHome.resolve("kanti-bekisah").resolve("kanti-bekisah.db");
        if (!Files.exists(db)) {
            Files.createDirectories(db.getParent());
            try (AppServices s = AppServices.open(db, BenchData.clock(), new PasswordHasher(1024, 1))) {
                new DemoSchool(s.db(), new PasswordHasher(1024, 1), BenchData.clock()).seed();
            }
        }
        Process xvfb = null;
        List<String> display = new ArrayList<>();
        String env = System.getenv("DISPLAY");
        String mode;
        if (env != null && !env.isBlank()) {
            mode = "X display " + env;
        } else if (Files.isExecutable(Path.of("/usr/bin/Xvfb"))) {
            xvfb = new ProcessBuilder("/usr/bin/Xvfb", ":177", "-screen", "0", "1366x768x24")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(1500);
            mode = "Xvfb :177";
        } else {
            display.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
            mode = "headless Monocle";
        }
        try {
            figures.note("start-up measured on " + mode + ", " + rounds + " runs each, alternating");
            double[] bare = new double[rounds];
            double[] app = new double[rounds];
            double[] appWithDb = new double[rounds];
            for (int i = -1; i < rounds; i++) {
                double b = launch(display, xvfb != null, dataHome, "id.kantibekisah.bench.BareWindow$Main");
                double a = launch(display, xvfb != null, dataHome, "id.kantibekisah.app.Launcher");
                double d = launch(display, xvfb != null, dataHome, "id.kantibekisah.app.Launcher",
                        "--db", db.toString());
                if (i >= 0) { // the first round warms the disk cache
                    bare[i] = b;
                    app[i] = a;
                    appWithDb[i] = d;
                }
            }
            double bareMs = Figures.median(bare);
            double appMs = Figures.median(app);
            double appWithDbMs = Figures.median(appWithDb);
            figures.print("startup_bare_window", bareMs, "ms");
            // As the desktop entry (and a double click on the app-image) starts it: no arguments.
            figures.print("startup_login_window", appMs, "ms");
            figures.ratio("startup_ratio", appMs / bareMs);
            // With an option, the command line's parser (picocli) is built first.
            figures.print("startup_login_window_with_db_option", appWithDbMs, "ms");
            figures.ratio("startup_with_db_option_ratio", appWithDbMs / bareMs);
        } finally {
            if (xvfb != null) {
                xvfb.destroy();
            }
        }
    }

    private static double launch(List<String> display, boolean xvfb, Path dataHome, String main, String... args)
            throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Dkantibekisah.startupProbe=true");
        cmd.addAll(display);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (xvfb) {
            pb.environment().put("DISPLAY", ":177");
        }
        pb.environment().put("XDG_DATA_HOME", dataHome.toString());
        Process p = pb.start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("STARTUP_MS ")) {
                    result = line.substring("STARTUP_MS ".length()).trim();
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (result == null) {
            throw new IOException(main + " did not report its start-up time:\n" + output);
        }
        return Double.parseDouble(result);
    }
}
