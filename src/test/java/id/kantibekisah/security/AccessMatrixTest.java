package id.kantibekisah.security;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.audit.AuditQuery;
import id.kantibekisah.audit.AuditService;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.backup.BackupSettings;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.CaseQuery;
import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.privacy.ConsentBasis;
import id.kantibekisah.privacy.ConsentDraft;
import id.kantibekisah.privacy.ConsentService;
import id.kantibekisah.privacy.PrivacySettings;
import id.kantibekisah.privacy.PrivacySettingsService;
import id.kantibekisah.privacy.RetentionService;
import id.kantibekisah.privacy.SubjectExport;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.reports.ReportService;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.Setting;
import id.kantibekisah.settings.SettingsService;
import id.kantibekisah.setup.SetupService;
import id.kantibekisah.students.ClassPromotion;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.students.StudentService;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.kantibekisah.access.Role.ADMIN;
import static id.kantibekisah.access.Role.CADRE;
import static id.kantibekisah.access.Role.COUNSELOR;
import static id.kantibekisah.access.Role.PRINCIPAL;
import static id.kantibekisah.access.Role.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every service method that takes an actor, called by every role: allowed where DESIGN.md allows it, otherwise
 * refused with {@link AccessDeniedException} and a REFUSED audit row. A new service method without a row here fails
 * {@link #everyServiceMethodWithAnActorIsInTheMatrix}. Where whose record it is matters, a method has a row per
 * case (in brackets): the cadre's own intake and another cadre's, one's own case and another counselor's, a case
 * escalated to the principal and one escalated elsewhere. {@link Role#SYSTEM} is the command line without a log-in
 * ({@link Actor#commandLine()}): operator tasks only, never case content, not even the full report.
 */
class AccessMatrixTest {
    private record Op(String method, Set<Role> allowed, BiConsumer<Fixture, Actor> call) {
        @Override
        public String toString() {
            return method;
        }
    }

    private static final Set<Role> ALL = EnumSet.of(CADRE, COUNSELOR, PRINCIPAL, ADMIN);

    private static final List<Op> OPS = List.of(
            // cases: intake
            new Op("CaseService.submitIntake", Set.of(CADRE),
                    (f, a) -> f.s.cases().submitIntake(a, f.intake(f.students.get(2)))),
            new Op("CaseService.myIntakes", Set.of(CADRE), (f, a) -> f.s.cases().myIntakes(a)),
            new Op("CaseService.openCase", Set.of(COUNSELOR), (f, a) -> f.s.cases().openCase(a,
                    new CaseDraft(f.intake(f.students.get(2)), ReporterKind.TEACHER, "Wali kelas"))),
            // cases: reading
            new Op("CaseService.list", Set.of(COUNSELOR), (f, a) -> f.s.cases().list(a, CaseQuery.all())),
            new Op("CaseService.get", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().get(a, f.caseIn(CaseStatus.IN_PROGRESS))),
            new Op("CaseService.get[escalated to principal]", Set.of(COUNSELOR, PRINCIPAL),
                    (f, a) -> f.s.cases().get(a, f.caseIn(CaseStatus.ESCALATED))),
            new Op("CaseService.casesOfStudent", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().casesOfStudent(a, f.students.get(2))),
            new Op("CaseService.escalatedToPrincipal", Set.of(COUNSELOR, PRINCIPAL),
                    (f, a) -> f.s.cases().escalatedToPrincipal(a)),
            new Op("CaseService.awaitingAcknowledgement", Set.of(COUNSELOR, PRINCIPAL),
                    (f, a) -> f.s.cases().awaitingAcknowledgement(a)),
            new Op("CaseService.attention", Set.of(COUNSELOR), (f, a) -> f.s.cases().attention(a)),
            // the own/other dimension: a cadre never reads a case, not even their own intake once it is saved
            new Op("CaseService.get[the cadre's own intake]", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().get(a, intakeBy(f, f.cadre))),
            new Op("CaseService.get[another cadre's intake]", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().get(a, intakeBy(f, f.cadre2))),
            // counselors share one case file (DESIGN.md: "everything on cases"), so another counselor's case is
            // read and worked on like one's own
            new Op("CaseService.get[another counselor's case]", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().get(a, caseOf(f, f.counselor2))),
            new Op("CaseService.recordSession[another counselor's case]", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().recordSession(a, caseOf(f, f.counselor2),
                            new SessionDraft(f.today(), SessionKind.INDIVIDUAL, "Catatan.", null))),
            // the principal reads only what was escalated to the principal, not to the TPPK or elsewhere
            new Op("CaseService.get[escalated to the TPPK only]", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().get(a, escalatedTo(f, ReferralDestination.TPPK))),
            // cases: the workflow
            new Op("CaseService.take", Set.of(COUNSELOR), (f, a) -> f.s.cases().take(a, f.newCase())),
            new Op("CaseService.assign", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().assign(a, f.newCase(), f.counselor2.userId())),
            new Op("CaseService.startCounseling", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().startCounseling(a, f.caseIn(CaseStatus.IN_REVIEW), null)),
            new Op("CaseService.resolve", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().resolve(a, f.caseIn(CaseStatus.IN_PROGRESS), null, "Selesai.")),
            new Op("CaseService.openItems", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().openItems(a, f.caseIn(CaseStatus.ESCALATED))),
            new Op("CaseService.dismiss", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().dismiss(a, f.newCase(), "Laporan ganda.")),
            new Op("CaseService.reopen", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().reopen(a, f.caseIn(CaseStatus.RESOLVED), "Terulang.")),
            new Op("CaseService.changeRisk", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().changeRisk(a, f.newCase(), RiskLevel.HIGH, null)),
            new Op("CaseService.recordSession", Set.of(COUNSELOR), (f, a) -> f.s.cases().recordSession(a,
                    f.caseIn(CaseStatus.IN_REVIEW), new SessionDraft(f.today(), SessionKind.INDIVIDUAL, "Catatan.",
                            null))),
            new Op("CaseService.escalate", Set.of(COUNSELOR), (f, a) -> f.s.cases().escalate(a,
                    f.caseIn(CaseStatus.IN_PROGRESS), new ReferralDraft(ReferralDestination.PARENTS, f.today(),
                            "Panggil orang tua."))),
            new Op("CaseService.recordReferralOutcome", Set.of(COUNSELOR),
                    (f, a) -> f.s.cases().recordReferralOutcome(a, referral(f), "Orang tua datang.", f.today())),
            new Op("CaseService.acknowledgeEscalation", Set.of(PRINCIPAL),
                    (f, a) -> f.s.cases().acknowledgeEscalation(a, referral(f), "Sudah saya baca.")),
            new Op("CaseService.addFollowUp", Set.of(COUNSELOR), (f, a) -> f.s.cases().addFollowUp(a, f.newCase(),
                    new FollowUpDraft(f.today().plusDays(2), f.counselor.userId(), "Cek kehadiran"))),
            new Op("CaseService.completeFollowUp", Set.of(COUNSELOR), (f, a) -> f.s.cases().completeFollowUp(a,
                    f.followUp(f.caseIn(CaseStatus.IN_PROGRESS), f.today().plusDays(1)), "Sudah.")),
            new Op("CaseService.addNote", Set.of(COUNSELOR), (f, a) -> f.s.cases().addNote(a, f.newCase(), "Catatan.")),
            // students
            new Op("StudentService.pick", Set.of(CADRE, COUNSELOR), (f, a) -> f.s.students().pick(a, "Putri")),
            new Op("StudentService.search", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.students().search(a, null, null, false, 0, 50)),
            new Op("StudentService.count", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.students().count(a, null, null, false)),
            new Op("StudentService.get", Set.of(COUNSELOR, SYSTEM), (f, a) -> f.s.students().get(a, f.students.get(0))),
            new Op("StudentService.classes", Set.of(COUNSELOR, SYSTEM), (f, a) -> f.s.students().classes(a)),
            new Op("StudentService.create", Set.of(COUNSELOR, SYSTEM), (f, a) -> f.s.students().create(a,
                    new StudentDraft("0199999999", null, "Gita Permata", Gender.P, "7B", null, null, null))),
            new Op("StudentService.update", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.students().update(a, f.students.get(5),
                    new StudentDraft("0166666666", null, "Fajar Hidayat", Gender.L, "7B", null, null, null))),
            new Op("StudentService.setActive", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.students().setActive(a, f.students.get(5), false)),
            new Op("RosterImport.preview", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.roster().preview(a, new RosterFile(Map.of(), List.of()))),
            new Op("RosterImport.apply", Set.of(COUNSELOR, SYSTEM), (f, a) -> f.s.roster().apply(a,
                    new RosterFile(Map.of(), List.of()), RosterImport.Options.STRICT, Progress.NONE)),
            new Op("ClassPromotion.preview", Set.of(COUNSELOR, SYSTEM), (f, a) -> f.s.promotion().preview(a)),
            new Op("ClassPromotion.promote", Set.of(COUNSELOR, SYSTEM),
                    (f, a) -> f.s.promotion().promote(a, "2027/2028")),
            // accounts
            new Op("UserService.create", Set.of(ADMIN), (f, a) -> f.s.users().create(a,
                    new NewUser("bk.tiga", "Bu Tiga", COUNSELOR, "Sangat-Rahasia-7", null))),
            new Op("UserService.list", Set.of(ADMIN), (f, a) -> f.s.users().list(a)),
            new Op("UserService.counselors", Set.of(COUNSELOR), (f, a) -> f.s.users().counselors(a)),
            new Op("UserService.logout", ALL, (f, a) -> f.s.users().logout(a)),
            new Op("UserService.mustChangePassword", ALL, (f, a) -> f.s.users().mustChangePassword(a)),
            new Op("UserService.changePassword", ALL,
                    (f, a) -> f.s.users().changePassword(a, a.role() == CADRE ? pinOf(f, a) : Fixture.PASSWORD,
                            a.role() == CADRE ? "90271438" : "Kata-Sandi-Baru-5")),
            new Op("UserService.accounts", Set.of(ADMIN), (f, a) -> f.s.users().accounts(a)),
            new Op("UserService.resetPassword", Set.of(ADMIN),
                    (f, a) -> f.s.users().resetPassword(a, f.counselor2.userId(), "Sementara-Saja-4")),
            new Op("UserService.unlock", Set.of(ADMIN), (f, a) -> f.s.users().unlock(a, f.counselor2.userId())),
            new Op("UserService.deactivate", Set.of(ADMIN),
                    (f, a) -> f.s.users().deactivate(a, f.counselor2.userId())),
            new Op("UserService.reactivate", Set.of(ADMIN),
                    (f, a) -> f.s.users().reactivate(a, f.counselor2.userId())),
            new Op("UserService.linkStudent", Set.of(ADMIN),
                    (f, a) -> f.s.users().linkStudent(a, f.cadre2.userId(), f.students.get(5))),
            new Op("UserService.cadreCandidates", Set.of(ADMIN), (f, a) -> f.s.users().cadreCandidates(a, "8B")),
            // one's own session: the lock screen
            new Op("UserService.lockScreen", ALL, (f, a) -> f.s.users().lockScreen(a)),
            new Op("UserService.unlockScreen", ALL,
                    (f, a) -> f.s.users().unlockScreen(a, a.role() == CADRE ? pinOf(f, a) : Fixture.PASSWORD)),
            new Op("UserService.sessionStillValid", ALL, (f, a) -> f.s.users().sessionStillValid(a)),
            // audit log
            new Op("AuditService.search", Set.of(ADMIN, COUNSELOR),
                    (f, a) -> f.s.auditService().search(a, AuditQuery.all(50))),
            new Op("AuditService.search[by student]", Set.of(COUNSELOR),
                    (f, a) -> f.s.auditService().search(a, new AuditQuery(null, null, null, null, f.students.get(2),
                            true, null, null, 0, 50))),
            new Op("AuditService.users", Set.of(ADMIN, COUNSELOR), (f, a) -> f.s.auditService().users(a)),
            new Op("AuditService.verify", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.auditService().verify(a)),
            // rights of the child (UU PDP)
            new Op("ConsentService.consents", Set.of(COUNSELOR),
                    (f, a) -> f.s.consents().consents(a, f.students.get(2))),
            new Op("ConsentService.record", Set.of(COUNSELOR), (f, a) -> f.s.consents().record(a, f.students.get(2),
                    new ConsentDraft(ConsentBasis.PARENT_CONSENT, "Ibu Wali", f.today(), null))),
            new Op("ConsentService.withdraw", Set.of(COUNSELOR),
                    (f, a) -> f.s.consents().withdraw(a, consent(f), f.today())),
            new Op("SubjectExport.export", Set.of(COUNSELOR), (f, a) -> f.s.subjectExport().export(a,
                    f.students.get(2), f.dbFile.resolveSibling("subjek.xlsx"), Messages.indonesian(),
                    Progress.NONE)),
            new Op("RetentionService.status", Set.of(ADMIN), (f, a) -> f.s.retention().status(a)),
            new Op("RetentionService.anonymiseDue", Set.of(ADMIN),
                    (f, a) -> f.s.retention().anonymiseDue(a, Progress.NONE)),
            new Op("PrivacySettingsService.update", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.privacySettings().update(a, new PrivacySettings(10, 3, 5))),
            // reports and settings
            new Op("ReportService.figures", Set.of(COUNSELOR, PRINCIPAL, SYSTEM),
                    (f, a) -> f.s.reports().figures(a, f.s.terms().current())),
            new Op("ReportService.termReport", Set.of(COUNSELOR, PRINCIPAL, SYSTEM),
                    (f, a) -> f.s.reports().termReport(a, f.s.terms().current())),
            new Op("ReportService.report", Set.of(COUNSELOR, PRINCIPAL, SYSTEM), (f, a) -> f.s.reports().report(a,
                    ReportPeriod.between(f.today().minusDays(30), f.today()))),
            new Op("ReportService.exportWorkbook", Set.of(COUNSELOR, PRINCIPAL, SYSTEM), (f, a) -> f.s.reports()
                    .exportWorkbook(a, ReportPeriod.of(f.s.terms().current()), ExportMode.PSEUDONYMISED,
                            f.dbFile.resolveSibling("laporan.xlsx"), Messages.indonesian(), Progress.NONE)),
            new Op("ReportService.exportWorkbook[full]", Set.of(COUNSELOR), (f, a) -> f.s.reports()
                    .exportWorkbook(a, ReportPeriod.of(f.s.terms().current()), ExportMode.FULL,
                            f.dbFile.resolveSibling("lengkap.xlsx"), Messages.indonesian(), Progress.NONE)),
            new Op("ReportService.exportSummaryPdf", Set.of(COUNSELOR, PRINCIPAL, SYSTEM), (f, a) -> f.s.reports()
                    .exportSummaryPdf(a, ReportPeriod.of(f.s.terms().current()),
                            List.of(new id.kantibekisah.reports.PageImage(2, 2, new int[4], 523, 770)), "Rekap",
                            f.dbFile.resolveSibling("rekap.pdf"))),
            new Op("ReportService.recordPrint", Set.of(COUNSELOR, PRINCIPAL, SYSTEM),
                    (f, a) -> f.s.reports().recordPrint(a, ReportPeriod.of(f.s.terms().current()), 2)),
            new Op("SettingsService.updateProfile", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.settings().updateProfile(a,
                    new SchoolProfile("SMP Negeri Uji 2", "10000002", null, null, null))),
            new Op("SettingsService.set", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.settings().set(a, Setting.number("backup.keepDaily"), 14)),
            // backups and restore
            new Op("BackupService.overview", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.backups().overview(a)),
            new Op("BackupService.backupNow", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.backups().backupNow(a, Progress.NONE)),
            new Op("BackupService.backupTo", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.backups().backupTo(a, f.dbFile.resolveSibling("salinan.db"), Progress.NONE)),
            new Op("BackupService.inspect", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.backups().inspect(a, backup(f))),
            new Op("BackupService.restore", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.backups().restore(a, backup(f), Progress.NONE)),
            new Op("BackupService.check", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.backups().check(a)),
            new Op("BackupService.settings", Set.of(ADMIN, SYSTEM), (f, a) -> f.s.backups().settings(a)),
            new Op("BackupService.updateSettings", Set.of(ADMIN, SYSTEM),
                    (f, a) -> f.s.backups().updateSettings(a, BackupSettings.defaults())));

    private static Path backup(Fixture f) {
        return f.s.backups().backupNow(Actor.commandLine(), Progress.NONE).path();
    }

    private static String pinOf(Fixture f, Actor a) {
        return a.equals(f.cadre) ? Fixture.PIN : "73925146";
    }

    /** An intake saved by {@code cadre}, as the cadre left it. */
    private static long intakeBy(Fixture f, Actor cadre) {
        f.s.cases().submitIntake(cadre, f.intake(f.students.get(2)));
        return f.lastCaseId();
    }

    /** A case taken by {@code counselor}. */
    private static long caseOf(Fixture f, Actor counselor) {
        long id = f.newCase();
        f.s.cases().take(counselor, id);
        return id;
    }

    private static long escalatedTo(Fixture f, ReferralDestination destination) {
        long id = f.caseIn(CaseStatus.IN_PROGRESS);
        f.s.cases().escalate(f.counselor, id, new ReferralDraft(destination, f.today(), "Perlu ditangani tim."));
        return id;
    }

    private static long consent(Fixture f) {
        return f.s.consents().record(f.counselor, f.students.get(2),
                new ConsentDraft(ConsentBasis.LEGAL_OBLIGATION, null, f.today(), "Penanganan kekerasan."));
    }

    private static long referral(Fixture f) {
        long caseId = f.caseIn(CaseStatus.ESCALATED);
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT max(id) FROM referrals WHERE case_id = ?", caseId));
    }

    static Stream<Arguments> everyMethodForEveryRole() {
        List<Arguments> out = new ArrayList<>();
        for (Op op : OPS) {
            for (Role role : Role.values()) {
                out.add(Arguments.of(op, role));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyMethodForEveryRole")
    void allowedOrRefusedAndAudited(Op op, Role role, @TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            Actor actor = switch (role) {
                case CADRE -> f.cadre;
                case COUNSELOR -> f.counselor;
                case PRINCIPAL -> f.principal;
                case ADMIN -> f.admin;
                case SYSTEM -> Actor.commandLine();
            };
            if (op.allowed().contains(role)) {
                op.call().accept(f, actor);
                assertThat(refusals(f, actor)).isEmpty();
            } else {
                assertThatThrownBy(() -> op.call().accept(f, actor)).isInstanceOf(AccessDeniedException.class)
                        .satisfies(e -> assertThat(((AccessDeniedException) e).messageKey())
                                .isEqualTo("error.access.denied"));
                assertThat(refusals(f, actor)).hasSize(1);
            }
        }
    }

    private static List<AuditEntry> refusals(Fixture f, Actor actor) {
        return f.s.audit().latest(10_000).stream()
                .filter(e -> e.outcome() == AuditOutcome.REFUSED && (actor.userId() == null
                        ? e.userId() == null && actor.username().equals(e.username())
                        : actor.userId().equals(e.userId()))).toList();
    }

    @Test
    void everyServiceMethodWithAnActorIsInTheMatrix() {
        Set<String> inMatrix = OPS.stream().map(op -> op.method().replaceAll("\\[.*]", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (Class<?> service : List.of(CaseService.class, StudentService.class, RosterImport.class,
                ClassPromotion.class, UserService.class, ReportService.class, SettingsService.class,
                BackupService.class, AppServices.class, SetupService.class, AuditService.class, ConsentService.class,
                SubjectExport.class, RetentionService.class, PrivacySettingsService.class)) {
            for (Method m : service.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0
                        && m.getParameterTypes()[0] == Actor.class) {
                    declared.add(service.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertThat(inMatrix).containsAll(declared);
    }

    @Test
    void aCadreSeesOnlyTheirOwnIntakesAndOnlyCodeDateAndStatus(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            var receipt = f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(2)));
            f.s.cases().submitIntake(f.cadre2, f.intake(f.students.get(3)));
            assertThat(f.s.cases().myIntakes(f.cadre)).containsExactly(receipt);
            assertThat(f.s.cases().myIntakes(f.cadre2)).hasSize(1).doesNotContain(receipt);
            assertThat(IntakeReceipt.class.getRecordComponents())
                    .extracting(c -> c.getName()).containsExactly("code", "openedOn", "status");
            long caseId = f.lastCaseId() - 1;
            assertThatThrownBy(() -> f.s.cases().get(f.cadre, caseId)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void thePrincipalReadsAnEscalatedCaseWithoutTheReporter(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            var asCounselor = f.s.cases().get(f.counselor, id);
            var asPrincipal = f.s.cases().get(f.principal, id);
            assertThat(asCounselor.intake().reporterName()).isEqualTo("Putri Lestari");
            assertThat(asCounselor.intake().reporterKind()).isEqualTo(ReporterKind.CADRE);
            assertThat(asPrincipal.intake().reporterName()).isNull();
            assertThat(asPrincipal.intake().reporterKind()).isNull();
            assertThat(asPrincipal.intake().description()).isEqualTo(asCounselor.intake().description());
        }
    }

    @Test
    void thePrincipalCannotReadACaseEscalatedOnlyToOthers(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.TPPK, f.today(), "TPPK."));
            assertThatThrownBy(() -> f.s.cases().get(f.principal, id)).isInstanceOf(AccessDeniedException.class);
            assertThat(f.s.cases().escalatedToPrincipal(f.principal)).isEmpty();
        }
    }

    @Test
    void theAdminNeverReadsCaseContent(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            assertThatThrownBy(() -> f.s.cases().get(f.admin, id)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.s.cases().list(f.admin, CaseQuery.all()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> f.s.reports().figures(f.admin, f.s.terms().current()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theCommandLineOperatorCannotReadCases(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            assertThatThrownBy(() -> f.s.cases().get(Actor.commandLine(), id))
                    .isInstanceOf(AccessDeniedException.class);
            AuditEntry refusal = f.s.audit().latest(1).get(0);
            assertThat(refusal.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(refusal.username()).isEqualTo("cli");
            assertThat(refusal.caseId()).isEqualTo(id);
        }
    }
}
