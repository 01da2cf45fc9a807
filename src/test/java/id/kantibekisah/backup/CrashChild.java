package id.kantibekisah.backup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.common.Progress;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * The other process of the crash and one-writer tests, started by them with the test class path. Opens the
 * database through the program's own start-up and then:
 * <ul>
 *   <li>{@code intakes DB}: saves intakes in a loop through the real {@link id.kantibekisah.cases.CaseService},
 *   printing {@code COMMITTED <code>} after each commit returned, and a checked backup every 25 intakes;</li>
 *   <li>{@code hold DB}: keeps the database open until killed;</li>
 *   <li>{@code restore DB BACKUP}: restores BACKUP, printing {@code RESTORING} before and {@code RESTORED}
 *   after.</li>
 * </ul>
 * Prints {@code READY} once the database is open.
 */
public final class CrashChild {
    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String mode = args[0];
        Path db = Path.of(args[1]);
        MutableClock clock = new MutableClock(Fixture.START, Fixture.ZONE);
        AppServices s = AppServices.open(db, clock, new PasswordHasher(1024, 1));
        out.println("READY");
        if (mode.equals("hold")) {
            Thread.sleep(Long.MAX_VALUE);
            return;
        }
        if (mode.equals("restore")) {
            out.println("RESTORING");
            s.backups().restore(Actor.commandLine(), Path.of(args[2]), Progress.NONE);
            out.println("RESTORED");
            s.close();
            return;
        }
        long cadreId = s.db().read(sql -> sql.longValue("SELECT id FROM users WHERE username = 'kader.satu'"));
        long studentId = s.db().read(sql -> sql.longValue("SELECT student_id FROM users WHERE id = ?", cadreId));
        List<Long> students = s.db().read(sql -> sql.list("SELECT id FROM students ORDER BY id", r -> r.lng("id")));
        Actor cadre = new Actor(cadreId, "kader.satu", "Kader", Role.CADRE, studentId);
        for (int i = 1; ; i++) {
            long victim = students.get(i % students.size());
            IntakeDraft draft = new IntakeDraft(List.of(new PartyDraft(victim, PartyRole.VICTIM)),
                    Category.BULLYING_VERBAL, "Laporan uji ketahanan nomor " + i + ", diejek di kelas.",
                    IncidentLocation.CLASSROOM, null, LocalDate.now(clock), null, RiskLevel.MEDIUM, Knowledge.SAW);
            IntakeReceipt receipt = s.cases().submitIntake(cadre, draft);
            out.println("COMMITTED " + receipt.code());
            if (i % 25 == 0) {
                s.backups().backupNow(Actor.commandLine(), Progress.NONE);
                out.println("BACKUP");
            }
            clock.advance(Duration.ofSeconds(1));
        }
    }
}
