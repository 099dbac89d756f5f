package com.nexuscrm.transfer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The transfer package sees only the domain and Commons CSV: no storage, no JavaFX. */
class TransferArchitectureTest {
    @Test
    void transferDependsOnlyOnTheDomainAndCommonsCsv() {
        JavaClasses transfer = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.nexuscrm.transfer");
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.nexuscrm.domain..",
                "com.nexuscrm.transfer..", "org.apache.commons.csv..").check(transfer);
    }
}
