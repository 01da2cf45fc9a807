package id.kantibekisah.ui;

import java.nio.file.Path;

/**
 * Shows a folder in the system's file manager (after an export, so the user finds the file). The window uses
 * JavaFX's {@code HostServices}, not AWT's {@code Desktop}: mixing the AWT and FX toolkits hangs some systems.
 */
@FunctionalInterface
public interface FolderOpener {
    /** Does nothing: for tests and the command line. */
    FolderOpener NONE = folder -> { };

    void open(Path folder);
}
