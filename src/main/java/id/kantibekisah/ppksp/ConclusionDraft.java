package id.kantibekisah.ppksp;

import java.time.LocalDate;

/**
 * The conclusion and recommendation: proven or not; for a proven case the recommended sanction level for a student
 * (optional: the reported person may not be a student); when not proven, how the reported person's good name is
 * restored (required); recommendations for the victim's support.
 */
public record ConclusionDraft(LocalDate doneOn, String who, boolean proven, SanctionLevel sanction,
                              String goodNameRestoration, String victimSupport, String findings) {
}
