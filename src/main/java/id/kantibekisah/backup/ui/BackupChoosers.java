package id.kantibekisah.backup.ui;

import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** How the backup screen asks for a folder or a file: the system's dialogs, or fixed answers in tests. */
public interface BackupChoosers {
    Optional<Path> folder(Window owner, String title);

    Optional<Path> databaseFile(Window owner, String title, String filterName);

    /** The operating system's own dialogs. */
    BackupChoosers SYSTEM = new BackupChoosers() {
        @Override
        public Optional<Path> folder(Window owner, String title) {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(title);
            return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
        }

        @Override
        public Optional<Path> databaseFile(Window owner, String title, String filterName) {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*.db"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        }
    };
}
