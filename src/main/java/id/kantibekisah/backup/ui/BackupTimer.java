package id.kantibekisah.backup.ui;

import id.kantibekisah.backup.BackupService;
import id.kantibekisah.ui.TaskRunner;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the daily backup going when the program stays open past midnight: every half hour, today's copy is made
 * if there is none yet (the same check as at start-up, so it costs one file lookup).
 */
public final class BackupTimer {
    private static final Logger LOG = Logger.getLogger(BackupTimer.class.getName());
    private final Timeline timeline;

    /** @param backups the open database's backups; null while none is open */
    public BackupTimer(TaskRunner tasks, Supplier<BackupService> backups) {
        timeline = new Timeline(new KeyFrame(Duration.minutes(30), e -> {
            BackupService b = backups.get();
            if (b != null) {
                tasks.run(null, p -> b.dailyIfDue(), done -> { },
                        error -> LOG.log(Level.WARNING, "daily backup failed", error));
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    public void start() {
        timeline.play();
    }

    public void stop() {
        timeline.stop();
    }
}
