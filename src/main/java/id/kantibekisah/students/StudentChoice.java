package id.kantibekisah.students;

/** What a cadre sees when picking a peer for an intake: the name and class, nothing more. */
public record StudentChoice(long id, String name, String className) {
}
