package id.kantibekisah.setup;

import id.kantibekisah.terms.Semester;

/**
 * What the first-run wizard asks for: the school's profile, the current academic year and semester, and the first
 * admin account.
 *
 * @param academicYear e.g. {@code 2026/2027}
 */
public record FirstRunSetup(String schoolName, String npsn, String address, String city, String academicYear,
                            Semester semester, String adminUsername, String adminDisplayName, String adminPassword) {
}
