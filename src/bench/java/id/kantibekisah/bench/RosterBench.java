package id.kantibekisah.bench;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.common.Progress;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterFiles;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.RosterPreview;
import id.kantibekisah.wiring.AppServices;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Roster import of 1,000 and 10,000 students from an .xlsx shaped as Dapodik's "Daftar Peserta Didik" export
 * (title rows, a two-row merged header, parents' groups), each into a fresh database, through the path the
 * window and {@code import-roster} take: {@link RosterFiles#read}, {@link RosterImport#preview}, then
 * {@link RosterImport#apply} (which checks the file again inside its transaction). The rosters are generated with a
 * fixed seed from fictional name pools.
 */
final class RosterBench {
    private static final long SEED = 4_040_404L;
    private static final String[] FIRST = {"Aditya", "Bima", "Rizky", "Fajar", "Dimas", "Ilham", "Arif", "Bayu",
        "Aisyah", "Nadia", "Putri", "Salsabila", "Dinda", "Anisa", "Citra", "Dewi", "Intan", "Kirana", "Laila",
        "Mega", "Nabila", "Rani", "Sari", "Tiara", "Wulan", "Yoga", "Hendra", "Andika", "Fikri", "Reza", "Galih",
        "Akbar", "Farhan", "Naufal", "Zahra", "Febri", "Indah", "Ayu", "Rahma", "Safira"};
    private static final String[] FAMILY = {"Pratama", "Saputra", "Ramadhan", "Hidayat", "Kurniawan", "Setiawan",
        "Permata", "Lestari", "Wulandari", "Maharani", "Anggraini", "Syahputra", "Firmansyah", "Nugraha", "Utami",
        "Rahmawati", "Fitriani", "Safitri", "Kusuma", "Wijaya", "Hakim", "Santoso", "Purnama", "Hasanah"};
    private static final String[] PLACES = {"Koba", "Pangkalpinang", "Sungailiat", "Muntok", "Toboali", "Belinyu"};
    private static final String[] JOBS = {"Nelayan", "Petani", "Pedagang", "Buruh", "Wiraswasta", "PNS",
        "Mengurus rumah tangga"};

    private RosterBench() {
    }

    static void run(Path folder, Figures figures) throws Exception {
        Files.createDirectories(folder);
        long start = System.nanoTime();
        Path small = write(folder.resolve("roster-1000.xlsx"), 1_000);
        Path large = write(folder.resolve("roster-10000.xlsx"), 10_000);
        figures.note(String.format(java.util.Locale.ROOT,
                "roster: Dapodik-shaped .xlsx of 1,000 (%d KB) and 10,000 (%d KB) students written in %.1f s",
                Files.size(small) / 1024, Files.size(large) / 1024, (System.nanoTime() - start) / 1e9));
        importOnce(folder, small, 1_000); // warm-up: the JIT, POI's classes
        double[] ms1k = new double[Integer.getInteger("bench.roster1kRounds", 5)];
        for (int i = 0; i < ms1k.length; i++) {
            ms1k[i] = importOnce(folder, small, 1_000);
        }
        double[] ms10k = new double[Integer.getInteger("bench.roster10kRounds", 3)];
        for (int i = 0; i < ms10k.length; i++) {
            ms10k[i] = importOnce(folder, large, 10_000);
        }
        double a = Figures.median(ms1k);
        double b = Figures.median(ms10k);
        figures.print("roster_import_1k_ms", a, "ms");
        figures.print("roster_import_10k_ms", b, "ms");
        figures.print("roster_per_row_1k_us", a * 1000 / 1_000, "us");
        figures.print("roster_per_row_10k_us", b * 1000 / 10_000, "us");
        figures.ratio("roster_per_row_ratio", (b / 10_000) / (a / 1_000));
    }

    /** Reads, previews and applies {@code file} into a new database; returns the milliseconds of those three. */
    private static double importOnce(Path folder, Path file, int expected) throws Exception {
        Path db = folder.resolve("roster.db");
        for (String suffix : List.of("", "-wal", "-shm", ".lock")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
        try (AppServices s = AppServices.open(db, BenchData.clock(), new PasswordHasher(1024, 1))) {
            Actor counselor = s.db().tx(sql -> {
                long id = new UserRepository().insert(sql, new NewUser("bk.1", "Guru BK 1", Role.COUNSELOR,
                        BenchData.PASSWORD, null), s.hasher().hash(BenchData.PASSWORD), false, Instant.EPOCH);
                return new Actor(id, "bk.1", "Guru BK 1", Role.COUNSELOR, null);
            });
            long start = System.nanoTime();
            RosterFile roster = RosterFiles.read(file);
            RosterPreview preview = s.roster().preview(counselor, roster);
            RosterImport.Result result = s.roster().apply(counselor, roster, RosterImport.Options.STRICT,
                    Progress.NONE);
            double ms = (System.nanoTime() - start) / 1e6;
            if (preview.toAdd().size() != expected || result.added() != expected) {
                throw new IllegalStateException("expected " + expected + " new students, preview "
                        + preview.toAdd().size() + ", imported " + result.added());
            }
            return ms;
        }
    }

    /** A Dapodik-shaped roster of {@code count} fictional students, the same for the same count every time. */
    static Path write(Path file, int count) throws Exception {
        Random random = new Random(SEED + count);
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, false, true); // shared strings, as Excel and Dapodik write
        try (OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("Daftar PD");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            row(s, 0, "Daftar Peserta Didik");
            row(s, 1, "SMP NEGERI CONTOH (uji beban)");
            row(s, 2, "Kecamatan Kec. Contoh, Kabupaten Kab. Contoh, Provinsi Prov. Contoh");
            row(s, 3, "Tanggal Unduh: 2026-07-15 10:12:45");
            row(s, 4, "No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "HP", "Data Ayah", null,
                    null, "Data Ibu", null, null, "Data Wali", null, null, "Rombel Saat Ini");
            row(s, 5, null, null, null, null, null, null, null, null, "Nama", "Tahun Lahir", "Pekerjaan", "Nama",
                    "Tahun Lahir", "Pekerjaan", "Nama", "Tahun Lahir", "Pekerjaan");
            for (int c : new int[] {0, 1, 2, 3, 4, 5, 6, 7, 17}) {
                s.addMergedRegion(new CellRangeAddress(4, 5, c, c));
            }
            s.addMergedRegion(new CellRangeAddress(4, 4, 8, 10));
            s.addMergedRegion(new CellRangeAddress(4, 4, 11, 13));
            s.addMergedRegion(new CellRangeAddress(4, 4, 14, 16));
            int classes = Math.max(3, count / 32);
            for (int i = 0; i < count; i++) {
                int grade = 7 + random.nextInt(3);
                String className = grade + String.valueOf((char) ('A' + random.nextInt(Math.min(26, classes / 3))));
                String family = FAMILY[random.nextInt(FAMILY.length)];
                String name = FIRST[random.nextInt(FIRST.length)] + " " + family;
                LocalDate born = LocalDate.of(2026 - grade - 6, 1, 1).plusDays(random.nextInt(365));
                String nisn = String.format("%010d", 10_000_000L + i * 37L + random.nextInt(37));
                Row r = row(s, 6 + i, i + 1, name, String.format("%d", 2627000 + i), random.nextBoolean() ? "L" : "P",
                        nisn, PLACES[random.nextInt(PLACES.length)], null,
                        "08" + (1_000_000_000L + random.nextInt(900_000_000)),
                        FIRST[random.nextInt(FIRST.length)] + " " + family, 1975 + random.nextInt(15),
                        JOBS[random.nextInt(JOBS.length)], FIRST[random.nextInt(FIRST.length)] + " "
                                + FAMILY[random.nextInt(FAMILY.length)], 1977 + random.nextInt(15),
                        JOBS[random.nextInt(JOBS.length)], null, null, null, className);
                // Half the birth dates as Excel dates, half typed as Dapodik writes them.
                Cell birth = r.createCell(6);
                if (random.nextBoolean()) {
                    birth.setCellValue(born);
                    birth.setCellStyle(dateStyle);
                } else {
                    birth.setCellValue(born.toString());
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return file;
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v instanceof String text) {
                row.createCell(c).setCellValue(text);
            } else if (v instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            }
        }
        return row;
    }
}
