package id.kantibekisah.app;

import id.kantibekisah.ui.FolderOpener;
import javafx.application.HostServices;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens a folder through the application's {@link HostServices} (Explorer, Finder, the Linux file manager). */
final class HostFolderOpener implements FolderOpener {
    private static final Logger LOG = Logger.getLogger(HostFolderOpener.class.getName());

    private final HostServices host;

    HostFolderOpener(HostServices host) {
        this.host = host;
    }

    @Override
    public void open(Path folder) {
        try {
            host.showDocument(folder.toAbsolutePath().toUri().toString());
        } catch (RuntimeException e) {
            // Not being able to show the folder is no failure of the export; the message names the file anyway.
            LOG.log(Level.INFO, "could not open " + folder, e);
        }
    }
}
