package pl.miasto4.app;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of docs/ARCHITECTURE.md, checked on the compiled classes (fast: no Spring, no database).
 * A rule broken here names the classes and the line; fix the code or change the document and this
 * test together.
 */
class ArchitectureTest {
    static final String APP = "pl.miasto4.app";
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("pl.miasto4");
    /** Module lake: Parquet on DuckDB (JDBC and Jackson allowed), no framework, nothing of app. */
    static final String LAKE = "pl.miasto4.lake";
    static final JavaClasses CORE = ALL.that(DescribedPredicate.describe("in core",
            (JavaClass c) -> !c.getPackageName().startsWith(APP) && !c.getPackageName().startsWith(LAKE)));
    static final JavaClasses LAKE_CLASSES = ALL.that(DescribedPredicate.describe("in lake",
            (JavaClass c) -> c.getPackageName().startsWith(LAKE)));
    static final JavaClasses APP_CLASSES = ALL.that(DescribedPredicate.describe("in app",
            (JavaClass c) -> c.getPackageName().startsWith(APP)));

    /** Infrastructure every feature may use; it uses no feature. */
    static final Set<String> INFRASTRUCTURE = Set.of("cli", "web", "db", "security");

    /**
     * Which features a feature may use, through their named interface: the public types of the
     * feature's own package (its sub-packages are its own business). The root package registers the
     * CLI commands and may use everything.
     */
    static final Map<String, Set<String>> USES = Map.ofEntries(
            Map.entry("audit", Set.of()),
            Map.entry("unit", Set.of()),
            Map.entry("observation", Set.of()),
            Map.entry("dataset", Set.of("audit")),
            Map.entry("indicator", Set.of("audit", "dataset", "observation", "unit")),
            Map.entry("goal", Set.of("audit", "indicator", "unit")),
            Map.entry("city", Set.of("goal", "indicator", "unit")),
            Map.entry("home", Set.of("indicator", "observation", "unit")),
            Map.entry("importing", Set.of("audit")),
            Map.entry("users", Set.of("audit")),
            Map.entry("index", Set.of("audit", "indicator", "observation", "unit")),
            Map.entry("connect", Set.of("audit", "importing", "indicator", "observation", "pb", "unit")),
            Map.entry("demo", Set.of("connect", "dataset", "goal", "importing", "indicator", "observation", "security")),
            Map.entry("maturity", Set.of("audit", "demo", "indicator", "unit")),
            Map.entry("pb", Set.of("audit")),
            Map.entry("survey", Set.of("audit", "importing", "indicator")),
            Map.entry("opendata", Set.of("importing", "observation")),
            Map.entry("lake", Set.of("importing")));

    @Test
    void coreHasNoFrameworkImports() {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "javax.servlet..", "java.sql..", "javax.sql..", "picocli..",
                        "org.postgresql..", "tools.jackson..", "com.fasterxml.jackson..")
                .because("core is plain Java: domain and engines (docs/ARCHITECTURE.md)");
        rule.check(CORE);
    }

    @Test
    void lakeModuleUsesNoFrameworkAndNothingOfApp() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "jakarta..", "picocli..", "org.postgresql..", APP + "..")
                .because("lake is a library module: Parquet on DuckDB and SQL recipes, wired into app by app.lake")
                .check(LAKE_CLASSES);
    }

    @Test
    void noPackageCycleInApp() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith(APP) ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "packages of app";
            }
        }).should().beFreeOfCycles().check(APP_CLASSES);
    }

    @Test
    void featuresUseEachOtherOnlyAsDocumentedAndThroughNamedInterfaces() {
        classes().should(new ArchCondition<>("use other features only as USES allows, through their own package") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                String from = feature(c.getPackageName());
                if (from == null || INFRASTRUCTURE.contains(from)) {
                    return;
                }
                c.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass().getBaseComponentType();
                    String to = feature(target.getPackageName());
                    if (to == null || to.equals(from) || INFRASTRUCTURE.contains(to)) {
                        return;
                    }
                    boolean allowed = USES.getOrDefault(from, Set.of()).contains(to)
                            && target.getPackageName().equals(APP + "." + to);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        }).check(APP_CLASSES);
    }

    @Test
    void infrastructureUsesNoFeature() {
        for (String infra : INFRASTRUCTURE) {
            noClasses().that().resideInAPackage(APP + "." + infra + "..")
                    .should().dependOnClassesThat(DescribedPredicate.describe("are in a feature", (JavaClass t) -> {
                        String f = feature(t.getPackageName());
                        return f != null && !INFRASTRUCTURE.contains(f);
                    }))
                    .check(APP_CLASSES);
        }
    }

    /**
     * Classes that still run SQL outside a repository, each with the reason; the list only shrinks.
     * The security package belongs to issue 11's rework of logins.
     */
    static final Set<String> SQL_NOT_YET_IN_REPOSITORIES = Set.of(
            APP + ".pb.admin.PbImport",                 // pabulib import: its writes still inline
            APP + ".pb.voting.ImportedVoterRegister",   // register import and lookups still inline
            APP + ".security.AdminAccount", APP + ".security.SecurityConfig");

    @Test
    void sqlOnlyInRepositories() {
        classes().that().areNotAnnotatedWith(Repository.class)
                .and().resideOutsideOfPackage(APP + ".db..")
                .and(DescribedPredicate.describe("are not listed in SQL_NOT_YET_IN_REPOSITORIES",
                        (JavaClass c) -> !SQL_NOT_YET_IN_REPOSITORIES.contains(c.getName())))
                .should().onlyDependOnClassesThat(DescribedPredicate.not(DescribedPredicate.describe("run SQL",
                        (JavaClass t) -> t.getName().startsWith("org.springframework.jdbc.core.")
                                || t.getName().equals("org.springframework.jdbc.datasource.DataSourceUtils")
                                || t.getName().equals("javax.sql.DataSource")
                                || Set.of("java.sql.Connection", "java.sql.Statement", "java.sql.PreparedStatement",
                                "java.sql.ResultSet").contains(t.getName()))))
                .because("SQL lives in repositories (docs/ARCHITECTURE.md)")
                .check(APP_CLASSES);
    }

    @Test
    void controllersCallServicesNeverEachOther() {
        classes().that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
                .should(new ArchCondition<>("use no other controller") {
                    @Override
                    public void check(JavaClass c, ConditionEvents events) {
                        c.getDirectDependenciesFromSelf().forEach(d -> {
                            JavaClass t = d.getTargetClass().getBaseComponentType();
                            JavaClass top = t.getEnclosingClass().orElse(t);
                            if (!t.isAnnotation() && !top.equals(c) && !c.getEnclosingClass().map(top::equals).orElse(false)
                                    && (top.isAnnotatedWith(Controller.class) || top.isAnnotatedWith(RestController.class))) {
                                events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                            }
                        });
                    }
                }).check(APP_CLASSES);
    }

    /** The top-level package of app a package belongs to (a feature or infrastructure); null for the root. */
    static String feature(String pkg) {
        if (!pkg.startsWith(APP + ".")) {
            return null;
        }
        String rest = pkg.substring(APP.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
