package id.kantibekisah.wiring;

import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditService;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.backup.DatabaseStartup;
import id.kantibekisah.backup.StartupPrompts;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.db.Database;
import id.kantibekisah.ppksp.PpkspService;
import id.kantibekisah.ppksp.report.PpkspTermSection;
import id.kantibekisah.ppksp.report.TppkAnnualReport;
import id.kantibekisah.privacy.ConsentService;
import id.kantibekisah.privacy.PrivacySettingsService;
import id.kantibekisah.privacy.RetentionService;
import id.kantibekisah.privacy.SubjectExport;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.seal.SealService;
import id.kantibekisah.security.UserService;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.setup.SetupService;
import id.kantibekisah.students.ClassPromotion;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.terms.TermService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The composition root: the program's services, wired by hand around one database and one clock. No JavaFX, so
 * the window ({@code app}), the command line, the demo, the benchmarks and the tests all start here alike.
 */
public final class AppServices implements AutoCloseable {
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PasswordHasher hasher;
    private final UserService users;
    private final SealService seal;
    private final TermService terms;
    private final StudentService students;
    private final RosterImport roster;
    private final ClassPromotion promotion;
    private final CaseService cases;
    private final PpkspService ppksp;
    private final ReportService reports;
    private final TppkAnnualReport tppkAnnual;
    private final SettingsService settings;
    private final SetupService setup;
    private final AuditService auditService;
    private final PrivacySettingsService privacySettings;
    private final ConsentService consents;
    private final SubjectExport subjectExport;
    private final RetentionService retention;
    private final BackupService backups;
    private final DatabaseStartup.Opened startup;

    private AppServices(Database db, Clock clock, PasswordHasher hasher, DatabaseStartup.Opened startup) {
        this.startup = startup;
        this.db = db;
        this.clock = clock;
        this.hasher = hasher;
        this.audit = new AuditLog(db, clock);
        this.access = new AccessPolicy(audit);
        this.seal = new SealService(db, audit, access, clock);
        this.users = new UserService(db, audit, access, hasher, clock, seal);
        this.terms = new TermService(db, clock);
        this.students = new StudentService(db, audit, access, clock);
        this.roster = new RosterImport(db, audit, access, clock);
        this.promotion = new ClassPromotion(db, audit, access, clock);
        this.cases = new CaseService(db, audit, access, terms, clock);
        this.ppksp = new PpkspService(db, audit, access, clock);
        this.settings = new SettingsService(db, audit, access);
        this.reports = new ReportService(db, audit, access, settings, clock, List.of(new PpkspTermSection()));
        this.tppkAnnual = new TppkAnnualReport(db, audit, access, settings, clock);
        this.setup = new SetupService(db, audit, access, hasher, clock);
        this.auditService = new AuditService(db, audit, access, clock);
        this.privacySettings = new PrivacySettingsService(db, audit, access);
        this.consents = new ConsentService(db, audit, access, clock);
        this.subjectExport = new SubjectExport(db, audit, access, clock);
        this.retention = new RetentionService(db, audit, access, clock);
        this.backups = new BackupService(db, audit, access, clock);
    }

    /** Opens the database file, migrates it to the current schema and wires the services. */
    public static AppServices open(Path file, Clock clock) {
        return open(file, clock, new PasswordHasher());
    }

    public static AppServices open(Path file, Clock clock, PasswordHasher hasher) {
        return open(file, clock, hasher, StartupPrompts.NONE);
    }

    /**
     * The safe way in ({@link DatabaseStartup}): no network drive, one copy of the program per database, a damaged
     * file never written to ({@code prompts} may choose a backup to replace it), a backup before a schema update.
     * The database stays locked for this program until {@link #close}.
     */
    public static AppServices open(Path file, Clock clock, PasswordHasher hasher, StartupPrompts prompts) {
        DatabaseStartup.Opened opened = DatabaseStartup.open(file, clock, prompts);
        return new AppServices(opened.db(), clock, hasher, opened);
    }

    /** Services over an already open, migrated database, with their own clock (demo seeding). */
    public static AppServices over(Database db, Clock clock, PasswordHasher hasher) {
        return new AppServices(db, clock, hasher, null);
    }

    public Database db() {
        return db;
    }

    public Clock clock() {
        return clock;
    }

    public AuditLog audit() {
        return audit;
    }

    public AccessPolicy access() {
        return access;
    }

    public PasswordHasher hasher() {
        return hasher;
    }

    public SealService seal() {
        return seal;
    }

    public UserService users() {
        return users;
    }

    public TermService terms() {
        return terms;
    }

    public StudentService students() {
        return students;
    }

    public RosterImport roster() {
        return roster;
    }

    public ClassPromotion promotion() {
        return promotion;
    }

    public CaseService cases() {
        return cases;
    }

    /** Violence cases under PPKSP: forms, non-student parties, the TPPK track, measures. */
    public PpkspService ppksp() {
        return ppksp;
    }

    public ReportService reports() {
        return reports;
    }

    /** The annual TPPK report to the kepala dinas (aggregate, small counts hidden). */
    public TppkAnnualReport tppkAnnual() {
        return tppkAnnual;
    }

    public SettingsService settings() {
        return settings;
    }

    /** The first-run wizard's service (works only while there are no users). */
    public SetupService setup() {
        return setup;
    }

    /** Searching the audit log and checking the database. */
    public AuditService auditService() {
        return auditService;
    }

    public PrivacySettingsService privacySettings() {
        return privacySettings;
    }

    public ConsentService consents() {
        return consents;
    }

    public SubjectExport subjectExport() {
        return subjectExport;
    }

    public RetentionService retention() {
        return retention;
    }

    public BackupService backups() {
        return backups;
    }

    /** What the start-up did (a schema update, a damaged file replaced); empty for services made {@link #over}. */
    public Optional<DatabaseStartup.Opened> startup() {
        return Optional.ofNullable(startup);
    }

    @Override
    public void close() {
        db.close();
        if (startup != null) {
            startup.lock().close();
        }
    }
}
