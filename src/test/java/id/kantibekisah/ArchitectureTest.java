package id.kantibekisah;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps services usable from the command line, benchmarks and plain tests: no UI library below ui/ and app/. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.kantibekisah");

    @Test
    void onlyUiAndAppCodeUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..", "id.kantibekisah.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                        "org.kordamp.ikonli..")
                .check(CLASSES);
    }

    @Test
    void servicesDoNotDependOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackages("id.kantibekisah.cli..", "id.kantibekisah.app..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kantibekisah.cli..", "picocli..")
                .check(CLASSES);
    }

    @Test
    void modelAndServicesDoNotDependOnTheWindow() {
        noClasses().that().resideOutsideOfPackages("..ui..", "id.kantibekisah.app..", "id.kantibekisah.cli..",
                        "id.kantibekisah.demo..")
                .should().dependOnClassesThat().resideInAnyPackage("id.kantibekisah.app..")
                .check(CLASSES);
    }
}
