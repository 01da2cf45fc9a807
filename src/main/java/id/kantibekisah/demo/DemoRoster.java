package id.kantibekisah.demo;

import id.kantibekisah.students.Gender;
import id.kantibekisah.students.StudentDraft;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The fictional roster of the demo school, SMP Negeri Contoh Koba: 300 students in 7A–9C for academic year
 * 2026/2027. Names are random pairs of common Indonesian given names and family names, drawn with a fixed seed, so
 * the roster is the same on every run and matches {@code sample-data/}. No real child is named. The guardian is
 * the father for two students in three and the mother for the others.
 */
public final class DemoRoster {
    public static final long SEED = 20_260_701L;
    public static final int FIRST_YEAR_OF_ACADEMIC_YEAR = 2026;
    public static final List<String> CLASSES = List.of("7A", "7B", "7C", "8A", "8B", "8C", "9A", "9B", "9C");

    static final String[] BOYS = {"Aditya", "Bima", "Rizky", "Fajar", "Dimas", "Ilham", "Arif", "Bayu", "Rafi",
        "Yoga", "Hendra", "Andika", "Fikri", "Reza", "Galih", "Akbar", "Farhan", "Naufal", "Daffa", "Zaki", "Rendi",
        "Teguh", "Wahyu", "Ikhsan", "Haris", "Rio", "Satria", "Gilang", "Alif", "Yusuf", "Hafiz", "Kevin", "Putra",
        "Raka", "Dafa", "Ardi", "Imam", "Jefri", "Aldi", "Fadli"};
    static final String[] GIRLS = {"Aisyah", "Nadia", "Putri", "Salsabila", "Dinda", "Anisa", "Citra", "Dewi",
        "Intan", "Kirana", "Laila", "Mega", "Nabila", "Rani", "Sari", "Tiara", "Wulan", "Yuni", "Zahra", "Febri",
        "Indah", "Ayu", "Rahma", "Safira", "Hana", "Keisha", "Melati", "Nayla", "Amelia", "Bunga", "Cahaya", "Dara",
        "Elsa", "Fitri", "Gita", "Lestari", "Maya", "Novi", "Syifa", "Vina"};
    /** Second names follow the given name's gender, as they do in Indonesia (Saputra, Lestari). */
    static final String[] BOYS_FAMILY = {"Pratama", "Saputra", "Ramadhan", "Hidayat", "Kurniawan", "Setiawan",
        "Syahputra", "Firmansyah", "Nugraha", "Wijaya", "Hakim", "Santoso", "Ardiansyah", "Maulana", "Alamsyah",
        "Fauzan", "Rosadi", "Junaidi", "Zulkarnain", "Kusuma", "Purnama"};
    static final String[] GIRLS_FAMILY = {"Permata", "Lestari", "Wulandari", "Maharani", "Anggraini", "Utami",
        "Rahmawati", "Fitriani", "Safitri", "Aprilia", "Oktaviani", "Hasanah", "Nurhaliza", "Kusuma", "Purnama",
        "Ramadhani", "Puspita", "Handayani"};
    /** Parents' names as Dapodik records them: without "Bapak" or "Ibu". */
    static final String[] FATHERS = {"Syamsul", "Herman", "Jamaludin", "Rusli", "Sukardi", "Zainal", "Amiruddin",
        "Sofyan", "Darmawan", "Hamzah", "Rasyid", "Nasrul", "Efendi", "Ridwan", "Marzuki"};
    static final String[] MOTHERS = {"Rohani", "Sumiati", "Nurlela", "Kartini", "Hasnah", "Marlina", "Rosidah",
        "Yulianti", "Suryani", "Mardiah", "Juwita", "Halimah"};

    private DemoRoster() {
    }

    public static List<StudentDraft> students() {
        Random random = new Random(SEED);
        List<StudentDraft> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<String> nisns = new HashSet<>();
        int seq = 1;
        for (String className : CLASSES) {
            int grade = className.charAt(0) - '0';
            int size = className.equals("7A") || className.equals("8A") || className.equals("9A") ? 34 : 33;
            for (int i = 0; i < size; i++) {
                Gender gender = random.nextBoolean() ? Gender.L : Gender.P;
                String name;
                do {
                    String first = pick(random, gender == Gender.L ? BOYS : GIRLS);
                    String family = pick(random, gender == Gender.L ? BOYS_FAMILY : GIRLS_FAMILY);
                    name = random.nextInt(6) == 0 ? first : first + " " + family;
                } while (!names.add(name));
                int birthYear = FIRST_YEAR_OF_ACADEMIC_YEAR - 6 - grade - (random.nextInt(4) == 0 ? 1 : 0);
                LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
                String nisn;
                do {
                    nisn = String.format("0%02d%07d", birthYear % 100, random.nextInt(10_000_000));
                } while (!nisns.add(nisn));
                String nis = String.format("%02d%02d%03d", (FIRST_YEAR_OF_ACADEMIC_YEAR - (grade - 7)) % 100,
                        (FIRST_YEAR_OF_ACADEMIC_YEAR - (grade - 7) + 1) % 100, seq++);
                String guardian = random.nextInt(3) == 0 ? pick(random, MOTHERS) : pick(random, FATHERS);
                String phone = "08" + (11 + random.nextInt(9)) + String.format("%08d", random.nextInt(100_000_000));
                out.add(new StudentDraft(nisn, nis, name, gender, className, birth, guardian, phone));
            }
        }
        return out;
    }

    /** Whether a guardian of {@link #students()} is one of the mothers. */
    public static boolean isMother(String guardianName) {
        return java.util.Arrays.asList(MOTHERS).contains(guardianName);
    }

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
