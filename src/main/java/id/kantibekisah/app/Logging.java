package id.kantibekisah.app;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Quiet libraries: the command line's output is for people; warnings of our own still show. */
final class Logging {
    private Logging() {
    }

    static void configure() {
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("org.apache.poi").setLevel(Level.SEVERE);
        Logger.getLogger("com.password4j").setLevel(Level.SEVERE);
    }
}
