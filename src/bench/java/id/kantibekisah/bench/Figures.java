package id.kantibekisah.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;

/** Prints one line per figure, {@code name value unit}, and keeps a copy in {@code target/bench/figures.txt}. */
final class Figures {
    private final Path file;

    Figures(Path file) throws IOException {
        this.file = file;
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    void print(String name, double value, String unit) {
        line(String.format(Locale.ROOT, "%s %.2f %s", name, value, unit));
    }

    void ratio(String name, double value) {
        line(String.format(Locale.ROOT, "%s %.3f", name, value));
    }

    void note(String text) {
        line("# " + text);
    }

    private void line(String text) {
        System.out.println(text);
        try {
            Files.writeString(file, text + "\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
