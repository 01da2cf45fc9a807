package id.kantibekisah.ui;

/** The one place where the main window tells the user something: an error from a service, or a confirmation. */
public interface Notifier {
    void error(Throwable error);

    void info(String text);

    void clear();
}
