package id.kantibekisah.ppksp;

import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every labelled enum of the PPKSP package, found by scanning its classes, has its label in both languages. */
class PpkspLabelsTest {
    @Test
    void everyPpkspEnumHasItsLabelInBothLanguages() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path folder = Path.of(ViolenceForm.class.getResource("ViolenceForm.class").toURI()).getParent();
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring(0, n.length() - 6)).toList();
        }
        int checked = 0;
        for (String name : names) {
            Class<?> type = Class.forName("id.kantibekisah.ppksp." + name);
            if (type.isEnum() && Labeled.class.isAssignableFrom(type)) {
                for (Object value : type.getEnumConstants()) {
                    String key = ((Labeled) value).labelKey();
                    assertThat(Messages.indonesian().has(key)).as(key).isTrue();
                    assertThat(Messages.of(Messages.ENGLISH).has(key)).as(key).isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
    }
}
