package id.kantibekisah.cases;

/** A student involved in a case, as the case detail shows them. */
public record Party(long studentId, String name, String className, String nisn, PartyRole role) {
}
