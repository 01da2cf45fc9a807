package id.kantibekisah.db;

import id.kantibekisah.common.ServiceException;

import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;

/**
 * Another copy of the program has the database open. The message says which program (the window, or which command),
 * who (user and computer) and since when, and whether it runs on this same computer (then its window is simply
 * elsewhere on the screen, or the command is still running).
 */
public class DatabaseInUseException extends ServiceException {
    private static final long serialVersionUID = 1L;
    private final transient DatabaseLock.Owner owner;

    DatabaseInUseException(Path database, Optional<DatabaseLock.Owner> owner, String thisHost, String thisUser) {
        super(key(owner, thisHost, thisUser), args(database, owner));
        this.owner = owner.orElse(null);
    }

    private static String key(Optional<DatabaseLock.Owner> owner, String thisHost, String thisUser) {
        if (owner.isEmpty()) {
            return "startup.inUse.unknown";
        }
        boolean here = owner.get().host().equalsIgnoreCase(thisHost) && owner.get().user().equals(thisUser);
        String key = here ? "startup.inUse.here" : "startup.inUse.other";
        return owner.get().command() ? key + "Command" : key;
    }

    /** {0} user, {1} computer, {2} since, {3} the database, {4} the command holding it (when a command). */
    private static Object[] args(Path database, Optional<DatabaseLock.Owner> owner) {
        return owner.map(o -> new Object[] {o.user(), o.host(), Date.from(o.since()), database.toString(),
                        o.program() == null ? "" : o.program()})
                .orElse(new Object[] {"?", "?", null, database.toString(), ""});
    }

    /** Who holds the database, when the lock file says so. */
    public Optional<DatabaseLock.Owner> owner() {
        return Optional.ofNullable(owner);
    }
}
