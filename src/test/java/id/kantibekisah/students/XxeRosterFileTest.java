package id.kantibekisah.students;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static id.kantibekisah.students.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A workbook carrying an XML external entity or a "billion laughs" entity bomb is refused with the program's own
 * message, and nothing else: POI's parser complaint ({@code SEVERE: DOCTYPE is disallowed ...}) reaches neither
 * the console nor any log handler the user would see.
 */
class XxeRosterFileTest {
    @TempDir
    Path dir;

    private static final String XXE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n";
    private static final String LAUGHS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE r [\n"
            + "<!ENTITY a \"hahahahahahahahahaha\">\n"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">\n<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">\n"
            + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">\n<!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">\n]>\n";

    /** A roster workbook whose {@code entry} gets {@code doctype} in front of its root element. */
    private Path hostile(String fileName, String entry, String doctype) throws IOException {
        Path plain = Workbooks.write(dir.resolve("plain-" + fileName), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "JK", "Kelas");
            row(s, 2, "0012345678", "Nayla Permata", "P", "7C");
        });
        Path to = dir.resolve(fileName);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    String xml = new String(content, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
                    out.write((doctype + xml.replaceFirst("<c ", "<c x=\"&xxe;&e;\" ")).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
        }
        return to;
    }

    @Test
    void entityFilesAreRefusedWithOurMessageOnlyAndNothingOnTheConsoleOrInTheLog() throws Exception {
        List<Path> files = List.of(
                hostile("xxe-sheet.xlsx", "xl/worksheets/sheet1.xml", XXE),
                hostile("laughs-sheet.xlsx", "xl/worksheets/sheet1.xml", LAUGHS),
                hostile("xxe-workbook.xlsx", "xl/workbook.xml", XXE),
                hostile("laughs-types.xlsx", "[Content_Types].xml", LAUGHS),
                hostile("xxe-strings.xlsx", "xl/sharedStrings.xml", XXE),
                hostile("laughs-styles.xlsx", "xl/styles.xml", LAUGHS));
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
                    logged.add(r.getLoggerName() + ": " + r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        List<String> messages = new ArrayList<>();
        try {
            for (Path file : files) {
                Throwable t = catchThrowable(() -> RosterFiles.read(file));
                assertThat(t).as(file.getFileName().toString()).isInstanceOf(ValidationException.class);
                messages.add(Messages.indonesian().message((ValidationException) t));
            }
        } finally {
            System.setErr(stderr);
            root.removeHandler(handler);
        }
        assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContain("Exception", "DOCTYPE", "root:"));
        assertThat(captured.toString(StandardCharsets.UTF_8)).as("the console").isEmpty();
        assertThat(logged).as("log records").isEmpty();
    }
}
