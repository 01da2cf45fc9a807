package id.kantibekisah.db;

/** Work done inside one transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Sql sql);
}
