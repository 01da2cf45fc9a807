package id.kantibekisah.db;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Where the database lives when no {@code --db} is given: the user's data folder, per operating system. */
public final class DataPaths {
    public static final String DATABASE_FILE = "kanti-bekisah.db";
    public static final String DEMO_DATABASE_FILE = "kanti-bekisah-demo.db";

    private DataPaths() {
    }

    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getProperty("user.home", "."), System.getenv());
    }

    static Path dataFolder(String osName, String home, Map<String, String> env) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData == null || appData.isBlank() ? Path.of(home, "AppData", "Roaming") : Path.of(appData);
            return base.resolve("KantiBekisah");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "KantiBekisah");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(home, ".local", "share") : Path.of(xdg);
        return base.resolve("kanti-bekisah");
    }

    public static Path defaultDatabase() {
        return dataFolder().resolve(DATABASE_FILE);
    }

    public static Path demoDatabase() {
        return dataFolder().resolve(DEMO_DATABASE_FILE);
    }
}
