package id.kantibekisah.cases;

/**
 * A case a counselor opens directly: the intake plus who reported it (a teacher, a parent, the student...).
 *
 * @param reporterName free text (e.g. "Bu Wati, wali kelas 8B"); shown to counselors only
 */
public record CaseDraft(IntakeDraft intake, ReporterKind reporterKind, String reporterName) {
}
