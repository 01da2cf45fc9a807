package id.kantibekisah.demo;

import id.kantibekisah.cases.Category;

import java.util.List;
import java.util.Map;

/** Fictional narratives for the demo cases, in the plain Indonesian a cadre or counselor would write. */
final class DemoTexts {
    private DemoTexts() {
    }

    static final Map<Category, List<String>> DESCRIPTIONS = Map.ofEntries(
            Map.entry(Category.BULLYING_PHYSICAL, List.of(
                    "Saat jam istirahat siswa didorong dan ditendang oleh beberapa teman di belakang kelas.",
                    "Siswa sering dipukul di kepala oleh teman sebangku ketika guru keluar kelas.",
                    "Tas dan sepatu siswa dirampas lalu dilempar ke atap kantin, siswa sampai menangis.")),
            Map.entry(Category.BULLYING_VERBAL, List.of(
                    "Siswa diejek dengan julukan tentang bentuk badannya hampir setiap hari di kelas.",
                    "Teman-teman sekelas memanggil siswa dengan nama orang tuanya sambil tertawa.",
                    "Siswa diolok-olok karena logat bicaranya dan sekarang tidak mau presentasi di depan kelas.")),
            Map.entry(Category.BULLYING_SOCIAL, List.of(
                    "Siswa dijauhi satu kelompok di kelas dan tidak pernah diajak kerja kelompok.",
                    "Ada ajakan di kelas untuk tidak berteman dengan siswa, ia makan sendirian setiap istirahat.",
                    "Siswa dikeluarkan dari grup belajar dan kabar bohong tentang dirinya disebarkan.")),
            Map.entry(Category.CYBERBULLYING, List.of(
                    "Foto siswa diedit dan disebar di grup WhatsApp angkatan dengan komentar menghina.",
                    "Akun palsu atas nama siswa dibuat di media sosial dan dipakai untuk mengejeknya.",
                    "Siswa menerima pesan ancaman berulang kali lewat DM dari akun yang tidak dikenal.")),
            Map.entry(Category.VIOLENCE, List.of(
                    "Terjadi perkelahian di depan gerbang sekolah sepulang sekolah, satu siswa luka di pelipis.",
                    "Siswa datang dengan lebam di lengan dan mengaku dipukul di rumah.",
                    "Siswa diancam akan dipukul jika tidak menyerahkan uang jajan setiap hari.")),
            Map.entry(Category.SEXUAL_VIOLENCE, List.of(
                    "Siswa mengaku menerima pesan dan gambar tidak pantas dari seseorang yang dikenalnya daring.",
                    "Siswa merasa tidak nyaman karena sering disentuh tanpa izin oleh seorang teman.")),
            Map.entry(Category.DISCRIMINATION, List.of(
                    "Siswa diejek karena agamanya dan tidak diajak dalam kegiatan kelas.",
                    "Siswa dari luar daerah sering disindir soal asal-usulnya oleh beberapa teman.")),
            Map.entry(Category.DROPOUT_RISK, List.of(
                    "Siswa sudah tidak masuk sekolah lebih dari seminggu tanpa keterangan.",
                    "Siswa sering bolos pada jam terakhir dan nilai hariannya turun jauh.",
                    "Siswa bilang ingin berhenti sekolah untuk membantu orang tua bekerja di kebun.")),
            Map.entry(Category.FAMILY, List.of(
                    "Orang tua siswa baru berpisah, siswa terlihat murung dan sering menangis di kelas.",
                    "Siswa tinggal dengan nenek karena orang tua merantau, ia merasa tidak ada yang memperhatikan.",
                    "Siswa sering datang terlambat karena harus mengurus adik-adiknya setiap pagi.")),
            Map.entry(Category.EMOTIONAL, List.of(
                    "Siswa terlihat sangat cemas menjelang ujian dan beberapa kali pingsan di kelas.",
                    "Siswa menarik diri, tidak mau bicara dengan siapa pun dan sering melamun.",
                    "Siswa menulis di buku bahwa ia merasa tidak berguna dan ingin menghilang.")),
            Map.entry(Category.ACADEMIC, List.of(
                    "Siswa kesulitan membaca dan menulis sehingga tertinggal di hampir semua mata pelajaran.",
                    "Nilai siswa turun drastis semester ini dan ia tidak mengumpulkan tugas.")),
            Map.entry(Category.DELINQUENCY, List.of(
                    "Siswa kedapatan merokok di belakang sekolah bersama siswa kelas lain.",
                    "Siswa membawa senjata tajam ke sekolah dan menunjukkannya kepada teman.",
                    "Siswa ikut balap liar pada malam hari menurut cerita teman-temannya.")),
            Map.entry(Category.ECONOMIC, List.of(
                    "Siswa tidak pernah membawa bekal dan sering tidak jajan, seragamnya sudah robek.",
                    "Siswa belum bisa membeli buku dan perlengkapan sekolah sejak awal semester.")),
            Map.entry(Category.OTHER, List.of(
                    "Siswa sering terlihat mengantuk di kelas karena bermain game sampai larut malam.",
                    "Siswa kehilangan ponsel di kelas dan menuduh beberapa teman, suasana kelas menjadi tegang.")));

    static final List<String> SESSION_NOTES = List.of(
            "Siswa mau bercerita tentang kejadiannya. Disepakati siswa melapor bila kejadian berulang.",
            "Mendengarkan perasaan siswa, mengajarkan cara menenangkan diri dan mencari teman yang aman.",
            "Pertemuan dengan kedua pihak; pelaku mengakui perbuatannya dan bersedia meminta maaf.",
            "Orang tua datang ke sekolah, disepakati pendampingan belajar di rumah dan pemantauan ponsel.",
            "Kunjungan rumah: kondisi keluarga sedang sulit, orang tua mendukung siswa tetap sekolah.",
            "Konferensi kasus dengan wali kelas dan TPPK; dibagi tugas pemantauan selama dua minggu.",
            "Siswa menunjukkan kemajuan, lebih aktif di kelas dan mulai berteman kembali.",
            "Latihan asertif: siswa berlatih menolak dan melapor dengan tenang.");

    static final List<String> NEXT_STEPS = List.of(
            "Pantau di kelas selama dua minggu.", "Panggil orang tua.", "Sesi lanjutan minggu depan.",
            "Koordinasi dengan wali kelas.", "Cek kehadiran setiap hari.", "");

    static final List<String> FOLLOW_UPS = List.of(
            "Cek kehadiran siswa bersama wali kelas", "Hubungi orang tua lewat telepon",
            "Sesi konseling lanjutan", "Pastikan konten sudah dihapus dari grup",
            "Tanyakan perkembangan kepada teman sebangku", "Kirim surat panggilan orang tua");

    static final List<String> REFERRAL_REASONS = List.of(
            "Kasus berulang dan perlu keputusan sekolah.", "Perlu penanganan psikolog untuk pemulihan korban.",
            "Perlu keterlibatan orang tua secara langsung.", "Masuk ranah TPPK sesuai Permendikbudristek 46/2023.",
            "Perlu pemeriksaan kesehatan.", "Kondisi ekonomi keluarga perlu bantuan sosial.");

    static final List<String> CLOSURES = List.of(
            "Pelaku sudah meminta maaf, tidak ada kejadian baru selama tiga minggu pemantauan.",
            "Siswa kembali masuk sekolah secara rutin, orang tua ikut memantau.",
            "Konten sudah dihapus dari grup, kedua pihak dibimbing tentang etika bermedia sosial.",
            "Siswa sudah lebih tenang dan tahu ke mana harus bercerita bila ada masalah.",
            "Kasus ditangani bersama orang tua dan wali kelas, kondisi siswa membaik.");

    static final List<String> RECOMMENDATIONS = List.of(
            "Konseling untuk pelaku dan permintaan maaf", "Pendampingan pemulihan bagi korban",
            "Keterlibatan orang tua dalam pemantauan", "Penghapusan konten dan edukasi literasi digital",
            "Pemantauan kehadiran oleh wali kelas");

    static final List<String> DISMISSALS = List.of(
            "Laporan ganda, sudah ditangani pada kasus lain.", "Setelah dicek, kejadian tidak sesuai laporan.",
            "Sudah diselesaikan langsung oleh wali kelas.");

    static final List<String> ACKNOWLEDGEMENTS = List.of(
            "Sudah saya baca. Mohon orang tua dipanggil minggu ini.", "Diketahui, lanjutkan bersama TPPK.",
            "Terima kasih, saya pantau perkembangannya.");
}
