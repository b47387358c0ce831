package cn.xixian.alliance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a module reaches into another's internals. Modules are the Maven modules'
 * root packages (core, coldstorage, logistics, ecommerce); inside one, each feature's root package
 * is its API and the feature's sub-packages (persistence, web, importing, planning, ...) are its
 * own business. Maven already forbids dependencies pointing the wrong way between modules.
 */
class ModuleStructureTest {

    private static final String ROOT = "cn.xixian.alliance";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void featureInternalsAreUsedOnlyInsideTheirFeature() {
        classes().should(new ArchCondition<JavaClass>("stay out of other features' internal sub-packages") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    String target = dependency.getTargetClass().getPackageName();
                    String feature = feature(target);
                    boolean internal = feature != null && target.length() > feature.length();
                    if (internal && !origin.getPackageName().startsWith(feature)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        }).check(CLASSES);
    }

    @Test
    void featureModulesDoNotDependOnEachOtherOrOnTheLauncher() {
        for (String module : new String[] {"coldstorage", "logistics", "ecommerce"}) {
            noClasses().that().resideInAPackage(ROOT + "." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others(module)).allowEmptyShould(true)
                    .check(CLASSES);
        }
        noClasses().that().resideInAPackage(ROOT + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".coldstorage..", ROOT + ".logistics..",
                        ROOT + ".ecommerce..", ROOT + ".demo..", ROOT + ".bench..", ROOT)
                .check(CLASSES);
    }

    /** {@code cn.xixian.alliance.<module>.<feature>} of a package inside a feature module, else null. */
    private static String feature(String pkg) {
        String[] parts = pkg.split("\\.");
        if (parts.length < 5 || !pkg.startsWith(ROOT + ".")
                || !java.util.Set.of("core", "coldstorage", "logistics", "ecommerce").contains(parts[3])) {
            return null;
        }
        return String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4]);
    }

    private static String[] others(String module) {
        return java.util.stream.Stream.of("coldstorage", "logistics", "ecommerce", "demo", "bench")
                .filter(m -> !m.equals(module)).map(m -> ROOT + "." + m + "..").toArray(String[]::new);
    }
}
