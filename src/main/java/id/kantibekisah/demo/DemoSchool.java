package id.kantibekisah.demo;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.ItemClosure;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.OpenItems;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.students.StudentRepository;
import id.kantibekisah.terms.Term;
import id.kantibekisah.wiring.AppServices;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Fills an empty database with the fictional demo school: the roster of {@link DemoRoster}, one account per role
 * (documented demo passwords), and about 150 cases spread over the previous and the current term. The cases are
 * made by replaying their history through the real {@link CaseService} on a clock set to each event's moment, so
 * the demo has real timelines, audit rows and overdue follow-ups relative to today.
 */
public final class DemoSchool {
    public static final SchoolProfile PROFILE = new SchoolProfile("SMP Negeri Contoh Koba", "10999999",
            "Jl. Pendidikan No. 1, Koba", "Bangka Tengah", "Drs. Hasanuddin");

    /** The demo accounts; README.md lists the same. */
    public record Account(String username, String password, Role role, String displayName, String cadreClass) {
    }

    public static final List<Account> ACCOUNTS = List.of(
            new Account("admin", "AdminDemo#2026", Role.ADMIN, "Operator Sekolah", null),
            new Account("bk.rahma", "KonselorDemo#1", Role.COUNSELOR, "Rahmawati, S.Pd.", null),
            new Account("bk.yusuf", "KonselorDemo#2", Role.COUNSELOR, "Yusuf Hamdani, S.Psi.", null),
            new Account("kepsek", "KepsekDemo#2026", Role.PRINCIPAL, "Drs. Hasanuddin", null),
            new Account("kader.8b", "48291573", Role.CADRE, null, "8B"),
            new Account("kader.9a", "73926481", Role.CADRE, null, "9A"),
            new Account("kader.7c", "56193827", Role.CADRE, null, "7C"));

    public static final int CASES = 150;
    private static final int FRESH_INTAKES = 4;
    private static final ZoneId FALLBACK_ZONE = ZoneId.of("Asia/Jakarta");

    /** What was created. */
    public record Result(int students, int users, int cases) {
    }

    private final Database db;
    private final PasswordHasher hasher;
    private final Clock realClock;

    public DemoSchool(Database db, PasswordHasher hasher, Clock realClock) {
        this.db = db;
        this.hasher = hasher;
        this.realClock = realClock;
    }

    /** Seeds the demo school in one transaction. Refuses a database that already holds students, users or cases. */
    public Result seed() {
        return db.tx(sql -> {
            long existing = sql.longValue(
                    "SELECT (SELECT count(*) FROM students) + (SELECT count(*) FROM users) + (SELECT count(*) FROM cases)");
            if (existing > 0) {
                throw new ValidationException("demo.error.notEmpty");
            }
            Instant now = realClock.instant();
            new SettingsRepository().saveProfile(sql, PROFILE);
            List<Long> studentIds = insertStudents(sql, now);
            List<Actor> counselors = new ArrayList<>();
            List<Actor> cadres = new ArrayList<>();
            Actor principal = null;
            for (Account a : ACCOUNTS) {
                Actor actor = insertUser(sql, a, now);
                switch (a.role()) {
                    case COUNSELOR -> counselors.add(actor);
                    case CADRE -> cadres.add(actor);
                    case PRINCIPAL -> principal = actor;
                    default -> { }
                }
            }
            int cases = new History(sql, studentIds, counselors, cadres, principal).play();
            return new Result(studentIds.size(), ACCOUNTS.size(), cases);
        });
    }

    private List<Long> insertStudents(Sql sql, Instant now) {
        StudentRepository repo = new StudentRepository();
        List<Long> ids = new ArrayList<>();
        for (StudentDraft d : DemoRoster.students()) {
            ids.add(repo.insert(sql, d, now));
        }
        return ids;
    }

    private Actor insertUser(Sql sql, Account a, Instant now) {
        Long studentId = null;
        String display = a.displayName();
        if (a.cadreClass() != null) {
            var first = sql.one("SELECT id, name FROM students WHERE class_name = ? ORDER BY id LIMIT 1",
                    r -> new Object[] {r.lng("id"), r.str("name")}, a.cadreClass()).orElseThrow();
            studentId = (Long) first[0];
            display = (String) first[1];
        }
        NewUser user = new NewUser(a.username(), display, a.role(), a.password(), studentId);
        long id = new UserRepository().insert(sql, user, hasher.hash(a.password()), false, now);
        return new Actor(id, a.username(), display, a.role(), studentId);
    }

    /** Plans every case's events, then plays them in time order through the case service. */
    private final class History {
        private final Random random = new Random(DemoRoster.SEED + 1);
        private final List<Long> students;
        private final List<Actor> counselors;
        private final List<Actor> cadres;
        private final Actor principal;
        private final MutableClock clock;
        private final CaseService service;
        private final ZoneId zone;
        private final Instant end;
        private final PriorityQueue<Event> queue = new PriorityQueue<>(
                Comparator.comparing(Event::at).thenComparingLong(Event::seq));
        private long seq;

        History(Sql sql, List<Long> students, List<Actor> counselors, List<Actor> cadres, Actor principal) {
            this.students = students;
            this.counselors = counselors;
            this.cadres = cadres;
            this.principal = principal;
            this.zone = realClock.getZone() == null ? FALLBACK_ZONE : realClock.getZone();
            this.end = realClock.instant();
            this.clock = new MutableClock(end, zone);
            this.service = AppServices.over(db, clock, hasher).cases();
        }

        int play() {
            LocalDate today = LocalDate.now(realClock);
            LocalDate currentStart = Term.standardStart(Term.standardKeyFor(today));
            LocalDate previousStart = Term.standardStart(Term.standardKeyFor(currentStart.minusDays(1)));
            long days = Math.max(1, today.toEpochDay() - previousStart.toEpochDay());
            for (int i = 0; i < CASES - FRESH_INTAKES; i++) {
                LocalDate opened;
                do {
                    opened = previousStart.plusDays((long) (days * Math.pow(random.nextDouble(), 0.7)));
                } while (opened.getDayOfWeek() == DayOfWeek.SUNDAY || opened.isAfter(today));
                plan(new Story(), opened);
            }
            // A few intakes from the last days that nobody has reviewed yet: what a counselor meets on Monday.
            for (int i = 0; i < FRESH_INTAKES; i++) {
                Story s = new Story();
                s.category = weightedCategory();
                s.risk = weighted(RiskLevel.values(), 20, 40, 30, 10);
                LocalDate opened = today.minusDays(i / 2);
                IntakeDraft intake = intake(s, opened);
                Actor cadre = cadres.get(i % cadres.size());
                Instant when = atSchool(opened, 7 * 60 + 30 + 45 * i);
                at(when.isAfter(end) ? end.minusSeconds(60L * (FRESH_INTAKES - i)) : when, () -> {
                    service.submitIntake(cadre, intake);
                    return true;
                });
            }
            int created = 0;
            while (!queue.isEmpty()) {
                Event e = queue.poll();
                if (e.at().isAfter(end)) {
                    continue;
                }
                clock.set(e.at());
                if (e.run()) {
                    created++;
                }
            }
            return created;
        }

        private void plan(Story s, LocalDate opened) {
            Instant t = atSchool(opened, 7 * 60 + 15 + random.nextInt(6 * 60));
            s.category = weightedCategory();
            s.risk = s.category == Category.SEXUAL_VIOLENCE ? (random.nextBoolean() ? RiskLevel.HIGH : RiskLevel.URGENT)
                    : weighted(RiskLevel.values(), 30, 40, 22, 8);
            s.counselor = counselors.get(random.nextInt(counselors.size()));
            boolean byCadre = random.nextInt(100) < 60;
            IntakeDraft intake = intake(s, opened);
            if (byCadre) {
                Actor cadre = cadres.get(random.nextInt(cadres.size()));
                at(t, () -> {
                    service.submitIntake(cadre, intake);
                    s.caseId = lastCaseId();
                    return true;
                });
                if (ageDays(opened) <= 7 && random.nextInt(2) == 0) {
                    return; // still waiting for review
                }
                if (random.nextInt(100) < 8) {
                    at(t.plusSeconds(3600L * (4 + random.nextInt(40))), () -> {
                        service.take(s.counselor, s.caseId);
                        service.dismiss(s.counselor, s.caseId, pick(DemoTexts.DISMISSALS));
                        return false;
                    });
                    return;
                }
                t = t.plusSeconds(3600L * (2 + random.nextInt(60)));
                at(t, () -> {
                    service.take(s.counselor, s.caseId);
                    return false;
                });
            } else {
                ReporterKind kind = weighted(new ReporterKind[] {ReporterKind.TEACHER, ReporterKind.PARENT,
                    ReporterKind.SELF, ReporterKind.COUNSELOR, ReporterKind.ANONYMOUS}, 40, 20, 20, 12, 8);
                String who = switch (kind) {
                    case TEACHER -> "Wali kelas " + s.className;
                    case PARENT -> "Orang tua siswa";
                    default -> null;
                };
                at(t, () -> {
                    s.caseId = service.openCase(s.counselor, new CaseDraft(intake, kind, who));
                    return true;
                });
                if (ageDays(opened) <= 7 && random.nextInt(3) == 0) {
                    return; // opened this week, first session not held yet
                }
            }
            int sessions = 1 + random.nextInt(s.risk.ordinal() >= 2 ? 4 : 3);
            t = t.plusSeconds(3600L * (20 + random.nextInt(90)));
            for (int i = 0; i < sessions; i++) {
                Instant when = t;
                SessionKind kind = i == 0 ? SessionKind.INDIVIDUAL : weighted(SessionKind.values(), 50, 15, 10, 10, 15);
                at(when, () -> {
                    LocalDate held = LocalDate.ofInstant(when, zone);
                    service.recordSession(s.counselor, s.caseId, new SessionDraft(held, kind,
                            pick(DemoTexts.SESSION_NOTES), blankToNull(pick(DemoTexts.NEXT_STEPS))));
                    return false;
                });
                if (i == 0 && random.nextInt(100) < 12) {
                    RiskLevel newRisk = RiskLevel.values()[Math.min(3, s.risk.ordinal() + 1)];
                    if (newRisk != s.risk) {
                        at(when.plusSeconds(600), () -> {
                            service.changeRisk(s.counselor, s.caseId, newRisk, "Setelah sesi pertama, masalahnya "
                                    + "ternyata lebih berat dari laporan awal.");
                            return false;
                        });
                    }
                }
                if (random.nextInt(100) < 55) {
                    LocalDate due = LocalDate.ofInstant(when, zone).plusDays(5 + random.nextInt(16));
                    Instant dueAt = atSchool(due, 9 * 60);
                    long[] followUpId = {0};
                    at(when.plusSeconds(900), () -> {
                        followUpId[0] = service.addFollowUp(s.counselor, s.caseId,
                                new FollowUpDraft(due, s.counselor.userId(), pick(DemoTexts.FOLLOW_UPS)));
                        return false;
                    });
                    // Most follow-ups are done on time, some late, some forgotten (overdue now).
                    int roll = random.nextInt(100);
                    if (roll < 70) {
                        at(dueAt.minusSeconds(3600L * 24 * random.nextInt(3)), () -> {
                            if (!s.closedOnce) {
                                service.completeFollowUp(s.counselor, followUpId[0], "Sudah dilakukan.");
                            }
                            return false;
                        });
                    } else if (roll < 85) {
                        at(dueAt.plusSeconds(3600L * 24 * (1 + random.nextInt(6))), () -> {
                            if (!s.closedOnce) {
                                service.completeFollowUp(s.counselor, followUpId[0], "Terlambat, sudah dilakukan.");
                            }
                            return false;
                        });
                    }
                }
                t = t.plusSeconds(3600L * 24 * (4 + random.nextInt(12)));
            }
            int escalateChance = s.risk.ordinal() >= 2 ? 55 : 15;
            if (random.nextInt(100) < escalateChance) {
                ReferralDestination dest = weighted(new ReferralDestination[] {ReferralDestination.PRINCIPAL,
                    ReferralDestination.PARENTS, ReferralDestination.TPPK, ReferralDestination.PSYCHOLOGIST,
                    ReferralDestination.PUSKESMAS, ReferralDestination.DINSOS, ReferralDestination.UPTD_PPA,
                    ReferralDestination.HOMEROOM}, 40, 20, 15, 8, 5, 4, 4, 4);
                Instant when = t;
                long[] referralId = {0};
                at(when, () -> {
                    referralId[0] = service.escalate(s.counselor, s.caseId, new ReferralDraft(dest,
                            LocalDate.ofInstant(when, zone), pick(DemoTexts.REFERRAL_REASONS)));
                    return false;
                });
                if (dest == ReferralDestination.PRINCIPAL && random.nextInt(100) < 70) {
                    at(when.plusSeconds(3600L * (3 + random.nextInt(48))), () -> {
                        if (!s.closedOnce) {
                            service.acknowledgeEscalation(principal, referralId[0], pick(DemoTexts.ACKNOWLEDGEMENTS));
                        }
                        return false;
                    });
                }
                if (random.nextInt(100) < 60) {
                    Instant outcomeAt = when.plusSeconds(3600L * 24 * (3 + random.nextInt(10)));
                    at(outcomeAt, () -> {
                        if (!s.closedOnce) {
                            service.recordReferralOutcome(s.counselor, referralId[0],
                                    "Sudah ditindaklanjuti, hasilnya dilaporkan ke BK.",
                                    LocalDate.ofInstant(outcomeAt, zone));
                        }
                        return false;
                    });
                }
                t = when.plusSeconds(3600L * 24 * (5 + random.nextInt(10)));
                if (random.nextInt(100) < 40) {
                    at(t, () -> {
                        service.startCounseling(s.counselor, s.caseId, "Kembali ditangani BK setelah rujukan.");
                        return false;
                    });
                    t = t.plusSeconds(3600L * 24 * (3 + random.nextInt(7)));
                }
            }
            if (random.nextInt(100) < 78) {
                Instant when = t.plusSeconds(3600L * 24 * (2 + random.nextInt(10)));
                at(when, () -> {
                    service.resolve(s.counselor, s.caseId, pick(DemoTexts.RECOMMENDATIONS), pick(DemoTexts.CLOSURES),
                            closeAll(service.openItems(s.counselor, s.caseId)));
                    s.closedOnce = true;
                    return false;
                });
                if (random.nextInt(100) < 5) {
                    at(when.plusSeconds(3600L * 24 * (7 + random.nextInt(20))), () -> {
                        service.reopen(s.counselor, s.caseId, "Kejadian serupa terulang, kasus dibuka kembali.");
                        return false;
                    });
                }
            }
        }

        /** How a counselor closes what is still open when the case is resolved: mostly done, some cancelled. */
        private List<ItemClosure> closeAll(OpenItems open) {
            List<ItemClosure> out = new ArrayList<>();
            for (FollowUp f : open.followUps()) {
                out.add(random.nextInt(100) < 60 ? ItemClosure.followUpDone(f.id(), "Sudah dilakukan.")
                        : ItemClosure.followUpCancelled(f.id(), "Tidak diperlukan lagi, kasus sudah selesai."));
            }
            for (Referral r : open.awaitingPrincipal()) {
                out.add(ItemClosure.referralDone(r.id(), "Dibahas langsung dengan kepala sekolah."));
            }
            for (Referral r : open.withoutOutcome()) {
                out.add(ItemClosure.referralDone(r.id(), "Sudah ditindaklanjuti, hasilnya dilaporkan ke BK."));
            }
            return out;
        }

        private long ageDays(LocalDate opened) {
            return LocalDate.now(realClock).toEpochDay() - opened.toEpochDay();
        }

        private IntakeDraft intake(Story s, LocalDate opened) {
            List<PartyDraft> parties = new ArrayList<>();
            long main = students.get(random.nextInt(students.size()));
            s.className = sqlClass(main);
            boolean bullying = s.category.name().contains("BULLYING") || s.category == Category.VIOLENCE
                    || s.category == Category.SEXUAL_VIOLENCE || s.category == Category.DISCRIMINATION;
            parties.add(new PartyDraft(main, bullying ? PartyRole.VICTIM : PartyRole.AT_RISK));
            if (bullying && random.nextInt(100) < 60) {
                parties.add(new PartyDraft(otherThan(parties), PartyRole.PERPETRATOR));
            }
            if (random.nextInt(100) < 20) {
                parties.add(new PartyDraft(otherThan(parties), PartyRole.WITNESS));
            }
            IncidentLocation location = s.category == Category.CYBERBULLYING ? IncidentLocation.ONLINE
                    : s.category == Category.FAMILY || s.category == Category.ECONOMIC ? IncidentLocation.HOME
                    : weighted(IncidentLocation.values(), 35, 8, 10, 15, 5, 8, 10, 4, 5);
            LocalDate occurred = opened.minusDays(random.nextInt(4));
            LocalTime time = random.nextBoolean() ? LocalTime.of(7 + random.nextInt(7), random.nextInt(4) * 15) : null;
            return new IntakeDraft(parties, s.category, pick(DemoTexts.DESCRIPTIONS.get(s.category)), location,
                    null, occurred, time, s.risk, random.nextInt(100) < 65 ? Knowledge.SAW : Knowledge.HEARD);
        }

        private String sqlClass(long studentId) {
            return db.read(sql -> sql.string("SELECT class_name FROM students WHERE id = ?", studentId)).orElse("");
        }

        private long otherThan(List<PartyDraft> parties) {
            while (true) {
                long id = students.get(random.nextInt(students.size()));
                if (parties.stream().noneMatch(p -> p.studentId() == id)) {
                    return id;
                }
            }
        }

        private long lastCaseId() {
            return db.read(sql -> sql.longValue("SELECT max(id) FROM cases"));
        }

        private Category weightedCategory() {
            return weighted(Category.values(), 10, 16, 8, 10, 5, 2, 3, 12, 10, 10, 8, 6, 5, 2);
        }

        private <T> T weighted(T[] values, int... weights) {
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < values.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }

        private String pick(List<String> values) {
            return values.get(random.nextInt(values.size()));
        }

        private Instant atSchool(LocalDate date, int minuteOfDay) {
            LocalDate d = date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.plusDays(1) : date;
            return d.atTime(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60)).atZone(zone).toInstant();
        }

        private void at(Instant when, Step step) {
            queue.add(new Event(when, seq++, step));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The facts of one planned case, filled in as its events are played. */
    private static final class Story {
        long caseId;
        Category category;
        RiskLevel risk;
        Actor counselor;
        String className;
        /** Set once the case was closed: what was open on it was closed with it, later events about it lapse. */
        boolean closedOnce;
    }

    @FunctionalInterface
    private interface Step {
        /** Plays the step; returns true when it created a case. */
        boolean run();
    }

    private record Event(Instant at, long seq, Step step) {
        boolean run() {
            return step.run();
        }
    }

    /** Statuses that count as "handled" in the demo, for the README's description. */
    static boolean handled(CaseStatus status) {
        return status != CaseStatus.NEW;
    }
}
