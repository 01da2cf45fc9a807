package id.kantibekisah.backup;

import id.kantibekisah.common.ServiceException;

/** The database is damaged and nobody chose a backup to replace it; nothing was written to it. */
public class DamagedDatabaseException extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final transient DamagedDatabase damaged;

    public DamagedDatabaseException(DamagedDatabase d) {
        super(d.newestGood().isPresent() ? "startup.damaged.withBackup" : "startup.damaged.noBackup",
                d.file().toString(), d.firstFinding(),
                d.newestGood().map(b -> b.file().toString()).orElse(d.folder().toString()));
        this.damaged = d;
    }

    public DamagedDatabase damaged() {
        return damaged;
    }
}
