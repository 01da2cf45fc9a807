package id.kantibekisah.ui;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static org.assertj.core.api.Assertions.assertThat;

/** A CSS syntax error makes JavaFX drop the rules after it without failing: catch it here. */
class StylesheetTest {
    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        new CssParser().parse(new URL(Theme.STYLESHEET));
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }
}
