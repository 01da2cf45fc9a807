package id.kantibekisah.common;

/**
 * Progress of long work (import, export, backup), reported by services without knowing about JavaFX.
 * The UI's task runner forwards it to a progress indicator; the command line ignores it or prints it.
 */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();
}
