package id.kantibekisah.testing;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.students.StudentRepository;
import id.kantibekisah.wiring.AppServices;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A real database in a temporary folder with one user per role, a few students and a settable clock (09:00 WIB on
 * Tuesday 24 November 2026). Cheap password hashing keeps account creation fast; PasswordHasherTest covers the
 * real cost.
 */
public final class Fixture implements AutoCloseable {
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    public static final Instant START = LocalDate.of(2026, 11, 24).atTime(9, 0).atZone(ZONE).toInstant();
    public static final String PASSWORD = "Rahasia-Uji-9";
    public static final String PIN = "48021573";

    public final MutableClock clock = new MutableClock(START, ZONE);
    public final PasswordHasher hasher;
    public final AppServices s;
    public final Path dbFile;
    public final Actor admin;
    public final Actor counselor;
    public final Actor counselor2;
    public final Actor principal;
    public final Actor cadre;
    public final Actor cadre2;
    public final List<Long> students = new ArrayList<>();

    private Fixture(Path dir, PasswordHasher hasher) {
        this.hasher = hasher;
        dbFile = dir.resolve("test.db");
        s = AppServices.open(dbFile, clock, hasher);
        s.db().tx(sql -> {
            new SettingsRepository().saveProfile(sql, new SchoolProfile("SMP Negeri Uji", "10000001", null, null, null));
            StudentRepository repo = new StudentRepository();
            String[][] rows = {
                {"0111111111", "Putri Lestari", "P", "8B"}, {"0122222222", "Bima Saputra", "L", "8B"},
                {"0133333333", "Citra Maharani", "P", "7A"}, {"0144444444", "Dimas Pratama", "L", "9C"},
                {"0155555555", "Eka Wulandari", "P", "9C"}, {"0166666666", "Fajar Hidayat", "L", "7A"}};
            for (String[] r : rows) {
                students.add(repo.insert(sql, new StudentDraft(r[0], null, r[1], Gender.valueOf(r[2]), r[3],
                        LocalDate.of(2012, 3, 1), "Ibu Wali", "081234567890"), clock.instant()));
            }
            return null;
        });
        admin = user("admin", "Operator", Role.ADMIN, PASSWORD, null);
        counselor = user("bk.satu", "Bu Satu", Role.COUNSELOR, PASSWORD, null);
        counselor2 = user("bk.dua", "Pak Dua", Role.COUNSELOR, PASSWORD, null);
        principal = user("kepsek", "Pak Kepala", Role.PRINCIPAL, PASSWORD, null);
        cadre = user("kader.satu", "Putri Lestari", Role.CADRE, PIN, students.get(0));
        cadre2 = user("kader.dua", "Bima Saputra", Role.CADRE, "73925146", students.get(1));
    }

    public static Fixture create(Path dir) {
        return new Fixture(dir, new PasswordHasher(1024, 1));
    }

    /** With another cost of password hashing (tests that time the log-in). */
    public static Fixture create(Path dir, PasswordHasher hasher) {
        return new Fixture(dir, hasher);
    }

    public Actor user(String username, String name, Role role, String password, Long studentId) {
        return s.db().tx(sql -> {
            long id = new UserRepository().insert(sql, new NewUser(username, name, role, password, studentId),
                    hasher.hash(password), false, clock.instant());
            return new Actor(id, username, name, role, studentId);
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public IntakeDraft intake(long... studentIds) {
        List<PartyDraft> parties = new ArrayList<>();
        for (int i = 0; i < studentIds.length; i++) {
            parties.add(new PartyDraft(studentIds[i], i == 0 ? PartyRole.VICTIM : PartyRole.PERPETRATOR));
        }
        return new IntakeDraft(parties, Category.BULLYING_VERBAL, "Diejek terus di kelas oleh teman sebangku.",
                IncidentLocation.CLASSROOM, null, today(), null, RiskLevel.MEDIUM, Knowledge.SAW);
    }

    /** A case logged by the cadre about students 3 and 4. */
    public long newCase() {
        s.cases().submitIntake(cadre, intake(students.get(2), students.get(3)));
        return lastCaseId();
    }

    public long lastCaseId() {
        return s.db().<Long>read(sql -> sql.longValue("SELECT max(id) FROM cases"));
    }

    /** A case driven through the real workflow until it has {@code status}. */
    public long caseIn(CaseStatus status) {
        long id = newCase();
        switch (status) {
            case NEW -> { }
            case IN_REVIEW -> s.cases().take(counselor, id);
            case IN_PROGRESS -> {
                s.cases().take(counselor, id);
                session(id);
            }
            case ESCALATED -> {
                s.cases().take(counselor, id);
                session(id);
                s.cases().escalate(counselor, id, new ReferralDraft(ReferralDestination.PRINCIPAL, today(),
                        "Perlu keputusan kepala sekolah."));
            }
            case RESOLVED -> {
                s.cases().take(counselor, id);
                session(id);
                s.cases().resolve(counselor, id, "Konseling pelaku", "Sudah damai dan dipantau.");
            }
            case DISMISSED -> s.cases().dismiss(counselor, id, "Laporan ganda.");
        }
        return id;
    }

    public long session(long caseId) {
        return s.cases().recordSession(counselor, caseId,
                new SessionDraft(today(), SessionKind.INDIVIDUAL, "Siswa bercerita dan merasa lega.", null));
    }

    public long followUp(long caseId, LocalDate due) {
        return s.cases().addFollowUp(counselor, caseId, new FollowUpDraft(due, counselor.userId(),
                "Cek kehadiran bersama wali kelas"));
    }

    public long auditCount() {
        return s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM audit_log"));
    }

    @Override
    public void close() {
        s.close();
    }
}
