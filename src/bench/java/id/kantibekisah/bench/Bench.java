package id.kantibekisah.bench;

import id.kantibekisah.access.Actor;
import id.kantibekisah.cases.CaseQuery;
import id.kantibekisah.cases.CaseSort;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.wiring.AppServices;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The benchmark: {@code mvn -Pbench verify}. Prints one line per figure ({@code name value unit}) and, where there is
 * a floor to compare with, {@code name_ratio value}. Sections can be chosen with {@code -Dbench.only=a,b}.
 */
public final class Bench {
    static final String ALL = "startup,intake,caselist,export,roster";

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(System.getProperty("bench.dir", "target/bench"));
        Figures figures = new Figures(folder.resolve("figures.txt"));
        Set<String> only = Set.of(System.getProperty("bench.only", ALL).split(","));
        figures.note("machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version"));
        if (only.contains("startup")) {
            StartupBench.run(folder, figures);
        }
        if (only.contains("intake") || only.contains("caselist") || only.contains("export")) {
            Path data = BenchData.ensure(folder, figures);
            figures.note("data: " + BenchData.CASES + " cases, " + BenchData.STUDENTS + " students (seed "
                    + BenchData.SEED + ")");
            if (only.contains("intake")) {
                intakeSave(BenchData.copy(data, folder.resolve("intake.db")), figures);
            }
            if (only.contains("caselist")) {
                caseList(data, figures);
            }
            if (only.contains("export")) {
                ExportBench.run(data, folder, figures);
            }
        }
        if (only.contains("roster")) {
            RosterBench.run(folder, figures);
        }
    }

    /** Saving an intake with its audit row, synchronous=FULL, on a database holding 100,000 cases. */
    static void intakeSave(Path file, Figures figures) {
        int warmup = 50;
        int rounds = Integer.getInteger("bench.intakes", 500);
        try (AppServices s = AppServices.open(file, BenchData.clock(), new PasswordHasher(1024, 1))) {
            Actor cadre = s.users().login("kader.7", BenchData.PASSWORD);
            Random random = new Random(BenchData.SEED);
            double[] ms = new double[rounds];
            for (int i = -warmup; i < rounds; i++) {
                long a = 1 + random.nextInt(BenchData.STUDENTS);
                long b = a % BenchData.STUDENTS + 1;
                IntakeDraft d = new IntakeDraft(List.of(new PartyDraft(a, PartyRole.VICTIM),
                        new PartyDraft(b, PartyRole.PERPETRATOR)), Category.BULLYING_VERBAL,
                        "Diejek di kelas oleh teman, laporan uji beban.", IncidentLocation.CLASSROOM, null,
                        BenchData.TODAY, null, RiskLevel.MEDIUM, Knowledge.SAW);
                long start = System.nanoTime();
                s.cases().submitIntake(cadre, d);
                double elapsed = (System.nanoTime() - start) / 1e6;
                if (i >= 0) {
                    ms[i] = elapsed;
                }
            }
            figures.print("intake_save_p50", Figures.percentile(ms, 50), "ms");
            figures.print("intake_save_p99", Figures.percentile(ms, 99), "ms");
        }
    }

    /** Opening the counselor's case list and each search or filter change, on 100,000 cases. */
    static void caseList(Path file, Figures figures) {
        try (AppServices s = AppServices.open(file, BenchData.clock(), new PasswordHasher(1024, 1))) {
            Actor counselor = s.users().login("bk.3", BenchData.PASSWORD);
            Set<CaseStatus> open = EnumSet.of(CaseStatus.NEW, CaseStatus.IN_REVIEW, CaseStatus.IN_PROGRESS,
                    CaseStatus.ESCALATED);
            CaseQuery first = new CaseQuery(null, open, null, null, null, null, false, false, CaseSort.OPENED, false,
                    0, 100);
            double[] opening = time(s, counselor, first, 20);
            figures.print("case_list_open_p50", Figures.median(opening), "ms");
            figures.print("case_list_open_max", Figures.percentile(opening, 100), "ms");

            Map<String, CaseQuery> changes = new LinkedHashMap<>();
            CaseQuery all = first.withStatuses(Set.of());
            changes.put("search_name", all.withText("Putri"));
            changes.put("search_name_rare", all.withText("Safira Hasanah"));
            changes.put("search_code", all.withText("KB-2024-03"));
            changes.put("search_nisn", all.withText("00001"));
            changes.put("search_no_match", all.withText("Tidak Ada Nama Ini"));
            changes.put("status_resolved", all.withStatuses(Set.of(CaseStatus.RESOLVED)));
            changes.put("category", new CaseQuery(null, Set.of(), Category.CYBERBULLYING, null, null, null, false,
                    false, CaseSort.OPENED, false, 0, 100));
            changes.put("risk_urgent", new CaseQuery(null, Set.of(), null, RiskLevel.URGENT, null, null, false, false,
                    CaseSort.OPENED, false, 0, 100));
            changes.put("class", new CaseQuery(null, Set.of(), null, null, "8C", null, false, false, CaseSort.OPENED,
                    false, 0, 100));
            changes.put("term", new CaseQuery(null, Set.of(), null, null, null, 10L, false, false, CaseSort.OPENED,
                    false, 0, 100));
            changes.put("mine_open", new CaseQuery(null, open, null, null, null, null, true, false, CaseSort.OPENED,
                    false, 0, 100));
            changes.put("overdue", new CaseQuery(null, Set.of(), null, null, null, null, false, true,
                    CaseSort.OPENED, false, 0, 100));
            changes.put("sort_students", new CaseQuery(null, open, null, null, null, null, false, false,
                    CaseSort.STUDENTS, true, 0, 100));
            changes.put("last_page", all.withPage(99_900, 100));
            List<Double> maxima = new ArrayList<>();
            List<Double> medians = new ArrayList<>();
            for (Map.Entry<String, CaseQuery> e : changes.entrySet()) {
                double[] t = time(s, counselor, e.getValue(), 10);
                figures.print("case_filter_" + e.getKey() + "_p50", Figures.median(t), "ms");
                medians.add(Figures.median(t));
                maxima.add(Figures.percentile(t, 100));
            }
            figures.print("case_filter_worst_p50", medians.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    "ms");
            figures.print("case_filter_worst_max", maxima.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                    "ms");
        }
    }

    private static double[] time(AppServices s, Actor actor, CaseQuery q, int rounds) {
        s.cases().list(actor, q);
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            s.cases().list(actor, q);
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }
}
