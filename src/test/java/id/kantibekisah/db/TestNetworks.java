package id.kantibekisah.db;

import java.util.Optional;

/** A view of the network for tests: every path on a file system of the given type. */
public final class TestNetworks {
    private TestNetworks() {
    }

    public static NetworkLocation withFileSystem(String type) {
        return new NetworkLocation(p -> Optional.of(type), letter -> Optional.empty(), false);
    }
}
