package id.kantibekisah.demo;

import id.kantibekisah.students.StudentDraft;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;

/**
 * The demo roster as Dapodik's "Daftar Peserta Didik" export looks: four title rows, then a header over two rows
 * whose single columns are merged down and whose parent groups ("Data Ayah", "Data Ibu", "Data Wali") are merged
 * across, then one row per student from row 7, with Dapodik's usual columns. Importing it gives exactly
 * {@link DemoRoster#students()}: the father is the guardian unless the roster names the mother, who is then also
 * entered as "wali". Identity numbers (NIK, KK, KIP, bank accounts) are left empty: the file needs none of them,
 * and a random one could belong to a real person.
 */
public final class DapodikExport {
    public static final String FILE_NAME = "dapodik-daftar-peserta-didik.xlsx";
    public static final String SHEET = "Daftar PD";
    public static final int FIRST_DATA_ROW = 7;
    public static final String SCHOOL = "SMP NEGERI CONTOH KOBA";
    private static final String[] PARENT_FIELDS = {"Nama", "Tahun Lahir", "Jenjang Pendidikan", "Pekerjaan",
        "Penghasilan", "NIK"};

    /** One header column: {@code group} is null for a column that is not under a group title. */
    public record Column(String group, String name) {
    }

    public static final List<Column> COLUMNS = columns();

    private static final String[] BIRTH_PLACES = {"Koba", "Koba", "Koba", "Pangkalpinang", "Sungailiat", "Toboali",
        "Namang", "Lubuk Besar"};
    private static final String[] STREETS = {"Jl. Raya Koba", "Jl. Merdeka", "Jl. Pelabuhan", "Jl. Melati",
        "Jl. Kenanga", "Gg. Mawar", "Jl. Nelayan", "Jl. Pendidikan", "Jl. Batin Tikal", "Jl. Simpang Perlang"};
    private static final String[] VILLAGES = {"Koba", "Padang Mulia", "Berok", "Simpang Perlang", "Nibung", "Penyak",
        "Terentang III", "Kurau"};
    private static final String[] RELIGIONS = {"Islam", "Islam", "Islam", "Islam", "Islam", "Islam", "Islam",
        "Islam", "Buddha", "Kristen", "Konghucu", "Katholik"};
    private static final String[] TRANSPORT = {"Sepeda motor", "Sepeda motor", "Jalan kaki", "Jalan kaki", "Sepeda",
        "Ojek", "Antar jemput sekolah (bus)"};
    private static final String[] EDUCATION = {"SD / sederajat", "SMP / sederajat", "SMA / sederajat",
        "SMA / sederajat", "D3", "S1"};
    private static final String[] FATHER_JOBS = {"Nelayan", "Nelayan", "Petani", "Buruh", "Wiraswasta",
        "Pedagang Kecil", "Karyawan Swasta", "PNS/TNI/Polri", "Penambang"};
    private static final String[] MOTHER_JOBS = {"Tidak bekerja", "Tidak bekerja", "Tidak bekerja",
        "Pedagang Kecil", "Petani", "Wiraswasta", "PNS/TNI/Polri"};
    private static final String[] INCOME = {"Kurang dari Rp. 500,000", "Rp. 500,000 - Rp. 999,999",
        "Rp. 1,000,000 - Rp. 1,999,999", "Rp. 1,000,000 - Rp. 1,999,999", "Rp. 2,000,000 - Rp. 4,999,999"};

    private DapodikExport() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>();
        for (String n : List.of("No", "Nama", "NIPD", "JK", "NISN", "Tempat Lahir", "Tanggal Lahir", "NIK", "Agama",
                "Alamat", "RT", "RW", "Dusun", "Kelurahan", "Kecamatan", "Kode Pos", "Jenis Tinggal",
                "Alat Transportasi", "Telepon", "HP", "E-Mail", "SKHUN", "Penerima KPS", "No. KPS")) {
            c.add(new Column(null, n));
        }
        for (String group : List.of("Data Ayah", "Data Ibu", "Data Wali")) {
            for (String f : PARENT_FIELDS) {
                c.add(new Column(group, f));
            }
        }
        for (String n : List.of("Rombel Saat Ini", "No Peserta Ujian Nasional", "No Seri Ijazah", "Penerima KIP",
                "Nomor KIP", "Nama di KIP", "Nomor KKS", "No Registrasi Akta Lahir", "Bank", "Nomor Rekening Bank",
                "Rekening Atas Nama", "Layak PIP (usulan dari Sekolah)", "Alasan Layak PIP", "Kebutuhan Khusus",
                "Sekolah Asal", "Anak ke-berapa", "Lintang", "Bujur", "No KK", "Berat Badan", "Tinggi Badan",
                "Lingkar Kepala", "Jml. Saudara Kandung", "Jarak Rumah ke Sekolah (KM)")) {
            c.add(new Column(null, n));
        }
        return List.copyOf(c);
    }

    /** The title rows above the header, as Dapodik writes them. */
    public static List<String> titleRows() {
        return List.of("Daftar Peserta Didik", SCHOOL,
                "Kecamatan Kec. Koba, Kabupaten Kab. Bangka Tengah, Provinsi Prov. Kepulauan Bangka Belitung",
                "Tanggal Unduh: 2026-07-15 10:12:45");
    }

    /**
     * The data rows: one per student of {@link DemoRoster#students()}, one value per {@link #COLUMNS} entry. A
     * value is a String (text cell), an Integer (number cell) or null (empty cell).
     */
    public static List<List<Object>> rows() {
        Random random = new Random(DemoRoster.SEED + 2);
        List<List<Object>> rows = new ArrayList<>();
        int no = 1;
        for (StudentDraft s : DemoRoster.students()) {
            boolean motherIsGuardian = DemoRoster.isMother(s.guardianName());
            String father = motherIsGuardian ? DemoRoster.pick(random, DemoRoster.FATHERS) : s.guardianName();
            String mother = motherIsGuardian ? s.guardianName() : DemoRoster.pick(random, DemoRoster.MOTHERS);
            int birthYear = s.birthDate().getYear();
            Object[] r = new Object[COLUMNS.size()];
            set(r, "No", no++);
            set(r, "Nama", s.name());
            set(r, "NIPD", s.nis());
            set(r, "JK", s.gender().name());
            set(r, "NISN", s.nisn());
            set(r, "Tempat Lahir", DemoRoster.pick(random, BIRTH_PLACES));
            set(r, "Tanggal Lahir", s.birthDate().toString());
            set(r, "Agama", DemoRoster.pick(random, RELIGIONS));
            set(r, "Alamat", DemoRoster.pick(random, STREETS));
            set(r, "RT", String.format("%03d", 1 + random.nextInt(12)));
            set(r, "RW", String.format("%03d", 1 + random.nextInt(5)));
            set(r, "Kelurahan", DemoRoster.pick(random, VILLAGES));
            set(r, "Kecamatan", "Kec. Koba");
            set(r, "Kode Pos", "33681");
            set(r, "Jenis Tinggal", motherIsGuardian && random.nextInt(3) == 0 ? "Wali" : "Bersama orang tua");
            set(r, "Alat Transportasi", DemoRoster.pick(random, TRANSPORT));
            set(r, "HP", s.guardianPhone());
            set(r, "Penerima KPS", "Tidak");
            parent(r, "Data Ayah", father, birthYear - 26 - random.nextInt(14), DemoRoster.pick(random, EDUCATION),
                    DemoRoster.pick(random, FATHER_JOBS), DemoRoster.pick(random, INCOME));
            parent(r, "Data Ibu", mother, birthYear - 22 - random.nextInt(12), DemoRoster.pick(random, EDUCATION),
                    DemoRoster.pick(random, MOTHER_JOBS), "Tidak Berpenghasilan");
            if (motherIsGuardian) {
                parent(r, "Data Wali", mother, birthYear - 22 - random.nextInt(12), DemoRoster.pick(random, EDUCATION),
                        DemoRoster.pick(random, MOTHER_JOBS), "Tidak Berpenghasilan");
            }
            set(r, "Rombel Saat Ini", s.className());
            boolean kip = random.nextInt(5) == 0;
            set(r, "Penerima KIP", kip ? "Ya" : "Tidak");
            set(r, "Layak PIP (usulan dari Sekolah)", kip ? "Ya" : "Tidak");
            set(r, "Alasan Layak PIP", kip ? "Siswa Miskin/Rentan Miskin" : null);
            set(r, "Kebutuhan Khusus", "Tidak ada");
            set(r, "Sekolah Asal", "SD Negeri " + (1 + random.nextInt(12)) + " Koba");
            set(r, "Anak ke-berapa", 1 + random.nextInt(4));
            set(r, "Berat Badan", 30 + random.nextInt(30));
            set(r, "Tinggi Badan", 135 + random.nextInt(30));
            set(r, "Jml. Saudara Kandung", random.nextInt(5));
            set(r, "Jarak Rumah ke Sekolah (KM)", 1 + random.nextInt(9));
            rows.add(Arrays.asList(r));
        }
        return rows;
    }

    private static void parent(Object[] r, String group, String name, int born, String education, String job,
                               String income) {
        r[index(group, "Nama")] = name;
        r[index(group, "Tahun Lahir")] = born;
        r[index(group, "Jenjang Pendidikan")] = education;
        r[index(group, "Pekerjaan")] = job;
        r[index(group, "Penghasilan")] = income;
    }

    private static void set(Object[] r, String column, Object value) {
        r[index(null, column)] = value;
    }

    private static int index(String group, String name) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            Column c = COLUMNS.get(i);
            if (c.name().equals(name) && java.util.Objects.equals(c.group(), group)) {
                return i;
            }
        }
        throw new IllegalArgumentException(group + " / " + name);
    }

    public static void write(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Calendar downloaded = Calendar.getInstance(TimeZone.getTimeZone("Asia/Jakarta"));
            downloaded.clear();
            downloaded.set(2026, Calendar.JULY, 15, 10, 12, 45);
            wb.getProperties().getCoreProperties().setCreated(Optional.of(downloaded.getTime()));
            wb.getProperties().getCoreProperties().setCreator("Dapodik");
            Sheet sheet = wb.createSheet(SHEET);
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            borders(header);
            CellStyle body = wb.createCellStyle();
            borders(body);

            List<String> titles = titleRows();
            for (int i = 0; i < titles.size(); i++) {
                Cell cell = sheet.createRow(i).createCell(0);
                cell.setCellValue(titles.get(i));
                if (i == 0) {
                    cell.setCellStyle(title);
                }
            }
            sheet.getRow(3).createCell(4).setCellValue("Pengunduh: operator@contoh.sch.id");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 9));

            Row top = sheet.createRow(FIRST_DATA_ROW - 3);
            Row bottom = sheet.createRow(FIRST_DATA_ROW - 2);
            for (int c = 0; c < COLUMNS.size(); c++) {
                Column col = COLUMNS.get(c);
                Cell t = top.createCell(c);
                Cell b = bottom.createCell(c);
                t.setCellStyle(header);
                b.setCellStyle(header);
                if (col.group() == null) {
                    t.setCellValue(col.name());
                    sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), c, c));
                } else {
                    b.setCellValue(col.name());
                    if (c == 0 || !col.group().equals(COLUMNS.get(c - 1).group())) {
                        t.setCellValue(col.group());
                        sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), top.getRowNum(), c,
                                c + PARENT_FIELDS.length - 1));
                    }
                }
            }
            int r = FIRST_DATA_ROW - 1;
            for (List<Object> values : rows()) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(body);
                    Object v = values.get(c);
                    if (v instanceof Integer n) {
                        cell.setCellValue(n);
                    } else if (v != null) {
                        cell.setCellValue((String) v);
                    }
                }
            }
            for (int c = 0; c < COLUMNS.size(); c++) {
                String name = COLUMNS.get(c).name();
                int width = switch (name) {
                    case "No", "JK", "RT", "RW" -> 5;
                    case "Nama" -> 26;
                    case "Alamat", "Sekolah Asal", "Penghasilan", "Alat Transportasi" -> 24;
                    default -> Math.max(10, Math.min(22, name.length() + 2));
                };
                sheet.setColumnWidth(c, width * 256);
            }
            sheet.createFreezePane(2, FIRST_DATA_ROW - 1);
            wb.write(out);
        }
    }

    private static void borders(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }
}
