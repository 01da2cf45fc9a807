package id.kantibekisah.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Where the main window sits on this PC: it opens where it was last closed (size, position, maximised), as long as
 * that place is still on a screen; the first time, or when the screen it was on is gone, it fills the primary
 * screen's work area, maximised. Kept in a small file in the data folder of this PC's user, not in the database:
 * it belongs to the screen, not to the school's data.
 */
public final class WindowPlacement {
    /** A window's normal (not maximised) bounds and whether it was maximised. */
    public record Bounds(double x, double y, double width, double height, boolean maximized) {
        Rectangle2D rectangle() {
            return new Rectangle2D(x, y, width, height);
        }
    }

    static final String FILE_NAME = "window.properties";
    private static final Logger LOG = Logger.getLogger(WindowPlacement.class.getName());
    /** How much of a stored window must still be on a screen to be put back there. */
    private static final double VISIBLE = 120;

    private final Path file;

    public WindowPlacement(Path folder) {
        this.file = folder.resolve(FILE_NAME);
    }

    /**
     * Where the window opens: the stored bounds when enough of them is on one of {@code screens} (shrunk to fit that
     * screen's work area), else {@code primary} maximised.
     */
    public static Bounds choose(Optional<Bounds> stored, List<Rectangle2D> screens, Rectangle2D primary) {
        if (stored.isPresent()) {
            Bounds b = stored.get();
            for (Rectangle2D s : screens) {
                Rectangle2D r = b.rectangle();
                double w = Math.min(r.getMaxX(), s.getMaxX()) - Math.max(r.getMinX(), s.getMinX());
                double h = Math.min(r.getMaxY(), s.getMaxY()) - Math.max(r.getMinY(), s.getMinY());
                if (w >= VISIBLE && h >= VISIBLE) {
                    double width = Math.min(b.width(), s.getWidth());
                    double height = Math.min(b.height(), s.getHeight());
                    double x = Math.max(s.getMinX(), Math.min(b.x(), s.getMaxX() - width));
                    double y = Math.max(s.getMinY(), Math.min(b.y(), s.getMaxY() - height));
                    return new Bounds(x, y, width, height, b.maximized());
                }
            }
        }
        return new Bounds(primary.getMinX(), primary.getMinY(), primary.getWidth(), primary.getHeight(), true);
    }

    public Optional<Bounds> load() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            return Optional.of(new Bounds(Double.parseDouble(p.getProperty("x")), Double.parseDouble(p.getProperty("y")),
                    Double.parseDouble(p.getProperty("width")), Double.parseDouble(p.getProperty("height")),
                    Boolean.parseBoolean(p.getProperty("maximized"))));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "window placement not readable, using the screen's work area", e);
            return Optional.empty();
        }
    }

    public void save(Bounds b) {
        Properties p = new Properties();
        p.setProperty("x", Double.toString(b.x()));
        p.setProperty("y", Double.toString(b.y()));
        p.setProperty("width", Double.toString(b.width()));
        p.setProperty("height", Double.toString(b.height()));
        p.setProperty("maximized", Boolean.toString(b.maximized()));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                p.store(out, "Kanti Bekisah main window on this PC");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.log(Level.INFO, "could not remember the window placement", e);
        }
    }

    /** Places the stage before it is shown, and remembers its placement when it closes. */
    public void applyTo(Stage stage) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Bounds b = choose(load(), screens, Screen.getPrimary().getVisualBounds());
        stage.setX(b.x());
        stage.setY(b.y());
        stage.setWidth(b.width());
        stage.setHeight(b.height());
        stage.setMaximized(b.maximized());
        double[] normal = {b.x(), b.y(), b.width(), b.height()};
        // The normal bounds are those of the last moment the window was not maximised.
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
        };
        stage.xProperty().addListener((o, a, v) -> track.run());
        stage.yProperty().addListener((o, a, v) -> track.run());
        stage.widthProperty().addListener((o, a, v) -> track.run());
        stage.heightProperty().addListener((o, a, v) -> track.run());
        stage.setOnHiding(e -> save(new Bounds(normal[0], normal[1], normal[2], normal[3], stage.isMaximized())));
    }
}
