package app.dossier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import app.dossier.domain.LayerException;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The layer rules of docs/architecture.md, held by the build. */
@Tag("slow")
class LayerRulesTest {
    private static JavaClasses classes;

    /** The SQLite classes of the store: the tables, the database, its transactions and files. */
    private static final DescribedPredicate<JavaClass> SQLITE_SIDE_OF_THE_STORE = DescribedPredicate.describe(
            "are the SQLite side of the store", c -> c.getPackageName().equals("app.dossier.store")
                    && (c.getSimpleName().endsWith("Table") || c.getSimpleName().startsWith("Sqlite")
                            || c.getSimpleName().equals("Database") || c.getSimpleName().equals("SearchIndex")));

    private static final DescribedPredicate<JavaClass> EXCEPTED =
            DescribedPredicate.describe("marked @LayerException", c -> c.isAnnotatedWith(LayerException.class));

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.dossier");
    }

    @Test
    void layersDependOnlyDownwards() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("app").definedBy("app.dossier.app..")
                .layer("ui").definedBy("app.dossier.ui..")
                .layer("cli").definedBy("app.dossier.cli..")
                .layer("service").definedBy("app.dossier.service..")
                .layer("store").definedBy("app.dossier.store..")
                .layer("tree").definedBy("app.dossier.tree..")
                .layer("packet").definedBy("app.dossier.packet..")
                .layer("imports").definedBy("app.dossier.imports..")
                .layer("photos").definedBy("app.dossier.photos..")
                .layer("files").definedBy("app.dossier.files..")
                .layer("domain").definedBy("app.dossier.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
                .whereLayer("service").mayOnlyBeAccessedByLayers("app", "ui", "cli")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("tree").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("packet").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("imports").mayOnlyBeAccessedByLayers("app", "service")
                .whereLayer("photos").mayOnlyBeAccessedByLayers("app", "service", "tree", "packet", "imports")
                .whereLayer("files").mayOnlyBeAccessedByLayers("app", "ui", "cli", "service", "store", "tree", "packet",
                        "imports", "photos")
                .whereLayer("files").mayNotAccessAnyLayer()
                .whereLayer("store").mayOnlyAccessLayers("domain", "files")
                .whereLayer("tree").mayOnlyAccessLayers("domain", "photos", "files")
                .whereLayer("packet").mayOnlyAccessLayers("domain", "photos", "files")
                .whereLayer("imports").mayOnlyAccessLayers("domain", "photos", "files")
                .whereLayer("photos").mayOnlyAccessLayers("domain", "files")
                .whereLayer("ui").mayOnlyAccessLayers("service", "domain", "files")
                .whereLayer("cli").mayOnlyAccessLayers("service", "domain", "files")
                .ignoreDependency(EXCEPTED, DescribedPredicate.alwaysTrue())
                .because("views and commands go through the use cases, and the records know nothing of storage")
                .check(classes);
    }

    @Test
    void theDomainUsesTheJdkOnly() {
        classes().that().resideInAPackage("app.dossier.domain..").and(DescribedPredicate.not(EXCEPTED))
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.dossier.domain..", "java..")
                .because("rules such as totals and sample plans must be testable without a database or a window")
                .check(classes);
    }

    @Test
    void viewsAndCommandsNeverTouchTheDatabaseThePdfOrFilesDirectly() {
        noClasses().that().resideInAnyPackage("app.dossier.ui..", "app.dossier.cli..")
                .and(DescribedPredicate.not(EXCEPTED))
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..",
                        "org.apache.pdfbox..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .because("a view binds and forwards; the services own the transaction and the tree")
                .check(classes);
    }

    @Test
    void theFilePlumbingUsesTheJdkOnly() {
        classes().that().resideInAPackage("app.dossier.files..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("app.dossier.files..", "java..")
                .because("every layer that touches files shares it, so it can lean on none of them")
                .check(classes);
    }

    @Test
    void viewsAndCommandsTakeOnlyNamesFromTheFilePlumbing() {
        noClasses().that().resideInAnyPackage("app.dossier.ui..", "app.dossier.cli..")
                .and(DescribedPredicate.not(EXCEPTED))
                .should().dependOnClassesThat(DescribedPredicate.describe("file plumbing other than names",
                        c -> c.getPackageName().equals("app.dossier.files")
                                && !c.getSimpleName().equals("SafeNames") && !c.getSimpleName().equals("SystemFiles")))
                .because("a view may name a file the way the tree does, but writing and deleting are the services' work")
                .check(classes);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("app.dossier.ui..", "app.dossier.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("the command line and the services run on machines without a display")
                .check(classes);
    }

    @Test
    void onlyThePhonePageListensOnTheNetwork() {
        noClasses().that().resideOutsideOfPackage("app.dossier.phone..")
                .should().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..")
                .because("what a phone on the Wi-Fi can reach is decided in one place (decision 30)")
                .check(classes);
    }

    @Test
    void onlyTheStoreKnowsSqlOrSqlite() {
        noClasses().that().resideOutsideOfPackage("app.dossier.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
                .because("the services speak to repositories over an opaque Session, so that another database can"
                        + " stand behind them (decision 19)")
                .check(classes);
    }

    @Test
    void servicesAreGivenWhatTheyUseNotTheStoreOrItsSqliteClasses() {
        noClasses().that().resideInAPackage("app.dossier.service..")
                .should().dependOnClassesThat(SQLITE_SIDE_OF_THE_STORE)
                .because("a service works through the repositories' interfaces; the SQLite classes behind them are"
                        + " chosen by the composition root (decision 19)")
                .check(classes);
    }

    @Test
    void noServiceConstructorTakesTheWholeStoreOrAWriterToReachThrough() {
        constructors().that().areDeclaredInClassesThat().resideInAPackage("app.dossier.service..")
                .should(new ArchCondition<JavaConstructor>("take no Store or CaseWriter") {
                    @Override
                    public void check(JavaConstructor constructor, ConditionEvents events) {
                        for (JavaClass parameter : constructor.getRawParameterTypes()) {
                            String name = parameter.getName();
                            if (name.equals("app.dossier.store.Store") || name.endsWith(".CaseWriter")) {
                                events.add(SimpleConditionEvent.violated(constructor,
                                        constructor.getFullName() + " takes " + parameter.getSimpleName()));
                            }
                        }
                    }
                })
                .because("a constructor that takes one object to reach through hides what the service needs"
                        + " (decision 19)")
                .check(classes);
    }

    @Test
    void servicesAreToolkitFree() {
        noClasses().that().resideInAPackage("app.dossier.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "picocli..")
                .check(classes);
    }
}
