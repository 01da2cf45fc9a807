package id.kantibekisah.ui;

import id.kantibekisah.common.Progress;

/** Work to run off the FX thread; it may report progress and should stop early when cancelled. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
