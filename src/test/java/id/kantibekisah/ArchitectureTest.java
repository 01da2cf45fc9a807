package id.kantibekisah;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the dependencies pointing one way (README, "How the code is laid out"): no UI library below ui/ and app/,
 * no cycle between features or between any two packages, and the window and the composition root on top.
 */
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

    /** The window sits on top: nothing else imports it. */
    @Test
    void nothingOutsideAppDependsOnApp() {
        noClasses().that().resideOutsideOfPackage("id.kantibekisah.app..")
                .should().dependOnClassesThat().resideInAPackage("id.kantibekisah.app..")
                .check(CLASSES);
    }

    /**
     * The composition root wires every service; only what starts the program uses it (the window, the command
     * line, the demo). A screen or a service that reached for it would be back to a service locator.
     */
    @Test
    void onlyTheProgramsEntriesUseTheCompositionRoot() {
        noClasses().that().resideOutsideOfPackages("id.kantibekisah.app..", "id.kantibekisah.cli..",
                        "id.kantibekisah.demo..", "id.kantibekisah.wiring..")
                .should().dependOnClassesThat().resideInAPackage("id.kantibekisah.wiring..")
                .check(CLASSES);
    }

    /**
     * Features (their model, repositories and services) depend on each other one way. Screens are a layer above
     * every service: a feature's ui/ may show another feature's data (the Siswa screen lists a student's cases),
     * so their imports are checked by {@link #noTwoPackagesDependOnEachOther} instead.
     */
    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("id.kantibekisah.(*)..").should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("..ui.."), alwaysTrue())
                .check(CLASSES);
    }

    @Test
    void noTwoPackagesDependOnEachOther() {
        slices().matching("id.kantibekisah.(**)").should().beFreeOfCycles().check(CLASSES);
    }
}
