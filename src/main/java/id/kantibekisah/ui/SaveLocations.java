package id.kantibekisah.ui;

import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where the program suggests saving what it exports. */
public final class SaveLocations {
    private SaveLocations() {
    }

    /** The user's documents folder (as Windows or an Indonesian desktop names it), else the home folder. */
    public static Path documents() {
        Path home = Path.of(System.getProperty("user.home"));
        for (String name : List.of("Documents", "Dokumen", "My Documents")) {
            if (Files.isDirectory(home.resolve(name))) {
                return home.resolve(name);
            }
        }
        return home;
    }

    /**
     * Asks with the system's save dialog for an Excel workbook, starting in {@code folder} with {@code name};
     * returns the chosen file, or null when the user cancelled.
     */
    public static Path askForWorkbook(UiContext ctx, String title, Path folder, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialDirectory(folder.toFile());
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ctx.text("report.export.filter"),
                "*.xlsx"));
        File file = chooser.showSaveDialog(ctx.owner());
        return file == null ? null : file.toPath();
    }
}
