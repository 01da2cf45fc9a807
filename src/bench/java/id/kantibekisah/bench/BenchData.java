package id.kantibekisah.bench;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Dates;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.Sql;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.terms.Semester;
import id.kantibekisah.terms.Term;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A district-scale database for the benchmarks, generated deterministically (fixed seed, fixed "today") and
 * fictionally: 50,000 students and 100,000 cases over five academic years with their parties, intakes, status
 * history, sessions, referrals, follow-ups and audit rows (a valid hash chain). Built once into
 * {@code target/bench/} and copied for each measurement that writes.
 */
public final class BenchData {
    public static final int VERSION = 2;
    public static final long SEED = 8_080_808L;
    public static final int STUDENTS = 50_000;
    public static final int CASES = 100_000;
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");
    /** The benchmark's "today": the last case is opened on this day. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final String PASSWORD = "Bench-Password-1";

    private static final String[] FIRST = {"Aditya", "Bima", "Rizky", "Fajar", "Dimas", "Ilham", "Arif", "Bayu",
        "Aisyah", "Nadia", "Putri", "Salsabila", "Dinda", "Anisa", "Citra", "Dewi", "Intan", "Kirana", "Laila",
        "Mega", "Nabila", "Rani", "Sari", "Tiara", "Wulan", "Yoga", "Hendra", "Andika", "Fikri", "Reza", "Galih",
        "Akbar", "Farhan", "Naufal", "Zahra", "Febri", "Indah", "Ayu", "Rahma", "Safira"};
    private static final String[] FAMILY = {"Pratama", "Saputra", "Ramadhan", "Hidayat", "Kurniawan", "Setiawan",
        "Permata", "Lestari", "Wulandari", "Maharani", "Anggraini", "Syahputra", "Firmansyah", "Nugraha", "Utami",
        "Rahmawati", "Fitriani", "Safitri", "Kusuma", "Wijaya", "Hakim", "Santoso", "Purnama", "Hasanah"};

    private BenchData() {
    }

    public static Clock clock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    /** The cached database, generated on first use. */
    public static Path ensure(Path folder, Figures figures) throws IOException {
        Path file = folder.resolve("bench-v" + VERSION + ".db");
        if (Files.exists(file)) {
            figures.note("data: cached in " + file + " (delete it to time its generation)");
            return file;
        }
        Files.createDirectories(folder);
        Path tmp = folder.resolve("bench-v" + VERSION + ".tmp.db");
        Files.deleteIfExists(tmp);
        long start = System.nanoTime();
        try (Database db = Database.open(tmp)) {
            Migrations.migrate(db);
            generate(db);
            db.withoutTransaction(sql -> sql.execute("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(folder.resolve(tmp.getFileName() + "-wal"));
        Files.deleteIfExists(folder.resolve(tmp.getFileName() + "-shm"));
        figures.print("data_generation", (System.nanoTime() - start) / 1e9, "s");
        return file;
    }

    /** A private copy of the cached database for a measurement that writes. */
    public static Path copy(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(Path.of(target + "-wal"));
        Files.deleteIfExists(Path.of(target + "-shm"));
        return target;
    }

    private static void generate(Database db) {
        Random random = new Random(SEED);
        Clock clock = clock();
        AuditLog audit = new AuditLog(db, clock);
        PasswordHasher hasher = new PasswordHasher(1024, 1);
        db.tx(sql -> {
            new SettingsRepository().saveProfile(sql, new SchoolProfile("Dinas Pendidikan Kabupaten Contoh (uji beban)",
                    null, null, null, null));
            List<Long> terms = terms(sql);
            List<Actor> counselors = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                counselors.add(user(sql, hasher, "bk." + i, "Guru BK " + i, Role.COUNSELOR, null));
            }
            user(sql, hasher, "kepsek", "Kepala Sekolah", Role.PRINCIPAL, null);
            user(sql, hasher, "admin", "Admin", Role.ADMIN, null);
            List<String> classes = new ArrayList<>();
            for (int grade = 7; grade <= 9; grade++) {
                for (char c = 'A'; c <= 'Z'; c++) {
                    classes.add(grade + String.valueOf(c));
                }
            }
            List<Object[]> students = new ArrayList<>(STUDENTS);
            String now = Dates.instant(clock.instant());
            for (int i = 0; i < STUDENTS; i++) {
                String nisn = String.format("%010d", 1_000_000L + i * 7919L % 9_000_000_000L + i);
                String name = FIRST[random.nextInt(FIRST.length)] + " " + FAMILY[random.nextInt(FAMILY.length)];
                students.add(new Object[] {nisn, name, random.nextBoolean() ? "L" : "P",
                    classes.get(random.nextInt(classes.size())), now, now});
            }
            sql.batch("""
                    INSERT INTO students (nisn, name, gender, class_name, active, created_at, updated_at)
                    VALUES (?, ?, ?, ?, 1, ?, ?)""", students);
            List<Actor> cadres = new ArrayList<>();
            for (int i = 1; i <= 50; i++) {
                cadres.add(user(sql, hasher, "kader." + i, "Kader " + i, Role.CADRE, (long) i * 997));
            }
            cases(sql, random, audit, terms, counselors, cadres);
            return null;
        });
    }

    private static List<Long> terms(Sql sql) {
        List<Long> ids = new ArrayList<>();
        for (int year = 2021; year <= 2026; year++) {
            for (Semester s : Semester.values()) {
                Term.Key key = new Term.Key(year + "/" + (year + 1), s);
                ids.add(sql.insert("INSERT INTO terms (academic_year, semester, start_date, end_date) VALUES (?,?,?,?)",
                        key.academicYear(), s.number(), Term.standardStart(key), Term.standardEnd(key)));
            }
        }
        return ids;
    }

    private static Actor user(Sql sql, PasswordHasher hasher, String username, String name, Role role, Long student) {
        long id = new UserRepository().insert(sql, new NewUser(username, name, role, PASSWORD, student),
                hasher.hash(PASSWORD), false, Instant.EPOCH);
        return new Actor(id, username, name, role, student);
    }

    private static void cases(Sql sql, Random random, AuditLog audit, List<Long> termIds, List<Actor> counselors,
                              List<Actor> cadres) {
        LocalDate first = TODAY.minusYears(5);
        long span = TODAY.toEpochDay() - first.toEpochDay();
        Category[] categories = Category.values();
        List<Object[]> parties = new ArrayList<>();
        List<Object[]> intakes = new ArrayList<>();
        List<Object[]> history = new ArrayList<>();
        List<Object[]> sessions = new ArrayList<>();
        List<Object[]> referrals = new ArrayList<>();
        List<Object[]> followUps = new ArrayList<>();
        int[] perYear = new int[3000];
        for (int i = 0; i < CASES; i++) {
            LocalDate opened = first.plusDays(span * i / CASES);
            long age = TODAY.toEpochDay() - opened.toEpochDay();
            Instant at = opened.atTime(8, 0).atZone(ZONE).toInstant().plusSeconds(random.nextInt(6 * 3600));
            Category category = categories[random.nextInt(categories.length)];
            RiskLevel risk = RiskLevel.values()[random.nextInt(10) < 6 ? random.nextInt(2) : 2 + random.nextInt(2)];
            CaseStatus status = age > 60 ? (random.nextInt(10) < 9 ? CaseStatus.RESOLVED : CaseStatus.DISMISSED)
                    : CaseStatus.values()[random.nextInt(6)];
            Actor counselor = counselors.get(random.nextInt(counselors.size()));
            Actor cadre = cadres.get(random.nextInt(cadres.size()));
            Long counselorId = status == CaseStatus.NEW ? null : counselor.userId();
            int year = opened.getYear();
            String code = String.format("KB-%d-%04d", year, ++perYear[year]);
            long termId = termIds.get(termIndex(opened));
            Instant reviewed = status == CaseStatus.NEW ? null : at.plusSeconds(3600L * (1 + random.nextInt(72)));
            Instant closed = status.isOpen() ? null : at.plusSeconds(86_400L * (3 + random.nextInt(50)));
            long caseId = sql.insert("""
                    INSERT INTO cases (code, term_id, opened_on, category, risk, status, counselor_id, created_by,
                                       created_at, updated_at, first_reviewed_at, closed_at, closure_summary)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", code, termId, opened, category, risk, status,
                    counselorId, cadre.userId(), at, at, reviewed, closed,
                    status == CaseStatus.RESOLVED ? "Sudah ditangani dan dipantau." : null);
            int n = 1 + random.nextInt(3);
            List<Long> chosen = new ArrayList<>();
            while (chosen.size() < n) {
                long s = 1 + random.nextInt(STUDENTS);
                if (!chosen.contains(s)) {
                    chosen.add(s);
                }
            }
            for (int p = 0; p < chosen.size(); p++) {
                parties.add(new Object[] {caseId, chosen.get(p), p == 0 ? PartyRole.VICTIM
                        : p == 1 ? PartyRole.PERPETRATOR : PartyRole.WITNESS});
            }
            intakes.add(new Object[] {caseId, "CADRE", cadre.userId(), "Laporan uji beban nomor " + i
                    + ": siswa diejek dan dijauhi teman sekelas.", IncidentLocation.CLASSROOM, opened, risk, "SAW",
                at});
            history.add(new Object[] {caseId, null, "NEW", cadre.userId(), at, null});
            audit.ok(sql, cadre, AuditAction.INTAKE_SUBMIT, caseId, null, null);
            if (reviewed != null) {
                history.add(new Object[] {caseId, "NEW", "IN_REVIEW", counselor.userId(), reviewed, null});
                audit.ok(sql, counselor, AuditAction.CASE_TAKE, caseId, null, null);
                int count = random.nextInt(4);
                for (int k = 0; k < count; k++) {
                    Instant held = reviewed.plusSeconds(86_400L * (1 + 4L * k));
                    sessions.add(new Object[] {caseId, LocalDate.ofInstant(held, ZONE),
                        SessionKind.values()[random.nextInt(5)], "Catatan sesi uji beban.", counselor.userId(), held});
                }
                if (random.nextInt(4) == 0) {
                    referrals.add(new Object[] {caseId, ReferralDestination.values()[random.nextInt(10)],
                        LocalDate.ofInstant(reviewed, ZONE).plusDays(3), "Perlu penanganan lanjutan.",
                        counselor.userId(), reviewed});
                }
                if (random.nextInt(10) < 6) {
                    LocalDate due = LocalDate.ofInstant(reviewed, ZONE).plusDays(7 + random.nextInt(14));
                    boolean done = !status.isOpen() || random.nextInt(3) > 0;
                    followUps.add(new Object[] {caseId, due, counselor.userId(), "Cek perkembangan siswa",
                        done ? Dates.instant(due.atTime(9, 0).toInstant(ZoneOffset.UTC)) : null,
                        done ? due : null, done ? counselor.userId() : null, counselor.userId(), reviewed});
                }
            }
            if (closed != null) {
                history.add(new Object[] {caseId, "IN_PROGRESS", status.name(), counselor.userId(), closed, null});
                audit.ok(sql, counselor, AuditAction.CASE_STATUS, caseId, null, null);
            }
            if (parties.size() > 20_000) {
                flush(sql, parties, intakes, history, sessions, referrals, followUps);
            }
        }
        flush(sql, parties, intakes, history, sessions, referrals, followUps);
        for (int year = 0; year < perYear.length; year++) {
            if (perYear[year] > 0) {
                sql.update("INSERT INTO case_code_counters (year, last) VALUES (?, ?)", year, perYear[year]);
            }
        }
    }

    private static int termIndex(LocalDate date) {
        Term.Key key = Term.standardKeyFor(date);
        int firstYear = Integer.parseInt(key.academicYear().substring(0, 4));
        return (firstYear - 2021) * 2 + key.semester().number() - 1;
    }

    private static void flush(Sql sql, List<Object[]> parties, List<Object[]> intakes, List<Object[]> history,
                              List<Object[]> sessions, List<Object[]> referrals, List<Object[]> followUps) {
        sql.batch("INSERT INTO case_parties (case_id, student_id, role) VALUES (?, ?, ?)", parties);
        sql.batch("""
                INSERT INTO intakes (case_id, reporter_kind, reporter_user_id, description, location, occurred_on,
                                     reporter_urgency, knowledge, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", intakes);
        sql.batch("""
                INSERT INTO status_history (case_id, from_status, to_status, changed_by, changed_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", history);
        sql.batch("""
                INSERT INTO counseling_sessions (case_id, held_on, kind, notes, counselor_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", sessions);
        sql.batch("""
                INSERT INTO referrals (case_id, destination, referred_on, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", referrals);
        sql.batch("""
                INSERT INTO follow_ups (case_id, due_on, assignee_id, description, done_at, done_on, done_by,
                                        created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", followUps);
        for (List<Object[]> l : List.of(parties, intakes, history, sessions, referrals, followUps)) {
            l.clear();
        }
    }
}
