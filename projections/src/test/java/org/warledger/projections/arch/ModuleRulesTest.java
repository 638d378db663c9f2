package org.warledger.projections.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module rules, as a test: domain and projections know nothing of Quarkus or gRPC. */
class ModuleRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.warledger.domain", "org.warledger.projections");

    @Test
    void domainAndProjectionsImportNoQuarkusNoGrpc() {
        noClasses().that().resideInAnyPackage("org.warledger.domain..", "org.warledger.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "io.grpc..", "com.google.protobuf..",
                        "jakarta.enterprise..", "org.warledger.proto..", "org.warledger.server..")
                .check(classes);
    }

    @Test
    void domainUsesNoJdbc() {
        noClasses().that().resideInAPackage("org.warledger.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(classes);
    }

    @Test
    void readModelsDoNotReachIntoEachOther() {
        noClasses().that().resideInAPackage("org.warledger.projections.strike..")
                .should().dependOnClassesThat().resideInAPackage("org.warledger.projections.timeline..")
                .check(classes);
    }
}
