package com.nexuscrm.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.nexuscrm.storage.WorkspaceStore;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md, enforced on the production classes. */
class LayerRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.nexuscrm");
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }

    /**
     * The whole tree in layers, top to bottom: entry points (Main, the window's wiring, the command line), screens,
     * use cases, services, storage and the team server, the wire protocol and JSON, and the domain under all of them.
     * A layer names who may use it; every class of the tree is in one layer.
     */
    @Test
    void theTreeIsLayered() {
        check(layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Main").definedBy("com.nexuscrm")
                .layer("Window").definedBy("com.nexuscrm.app..")
                .layer("CommandLine").definedBy("com.nexuscrm.cli..")
                .layer("Screens").definedBy("com.nexuscrm.ui..")
                .layer("UseCases").definedBy("com.nexuscrm.usecase..")
                .layer("Services").definedBy("com.nexuscrm.routing..", "com.nexuscrm.scoring..", "com.nexuscrm.conversation..",
                        "com.nexuscrm.speech..", "com.nexuscrm.transfer..", "com.nexuscrm.sample..", "com.nexuscrm.sync..",
                        "com.nexuscrm.documents..", "com.nexuscrm.search..", "com.nexuscrm.campaign..")
                .layer("TeamServer").definedBy("com.nexuscrm.server..")
                .layer("Storage").definedBy("com.nexuscrm.storage..")
                .layer("Protocol").definedBy("com.nexuscrm.protocol..")
                .layer("Json").definedBy("com.nexuscrm.json..")
                .layer("Domain").definedBy("com.nexuscrm.domain..")
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Window").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("CommandLine").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Screens").mayOnlyBeAccessedByLayers("Window", "CommandLine")
                .whereLayer("UseCases").mayOnlyBeAccessedByLayers("Main", "Window", "CommandLine", "Screens")
                .whereLayer("Services").mayOnlyBeAccessedByLayers("Window", "CommandLine", "Screens", "UseCases", "Storage",
                        "TeamServer")
                .whereLayer("TeamServer").mayOnlyBeAccessedByLayers("CommandLine")
                .whereLayer("Storage").mayOnlyBeAccessedByLayers("Window", "CommandLine", "UseCases")
                .whereLayer("Protocol").mayOnlyBeAccessedByLayers("CommandLine", "UseCases", "Services", "TeamServer")
                .whereLayer("Json").mayOnlyBeAccessedByLayers("Window", "CommandLine", "UseCases", "Services", "TeamServer",
                        "Storage", "Protocol")
                .whereLayer("Domain").mayNotAccessAnyLayer());
    }

    @Test
    void commandsReachStorageOnlyThroughUseCases() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.cli").should().dependOnClassesThat()
                .resideInAnyPackage("com.nexuscrm.storage..")
                .because("a command opens a usecase.Workspace and runs use cases on it; only benchmarks measure the store itself"));
    }

    @Test
    void domainDependsOnNoInfrastructure() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.domain..").should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.hibernate..", "org.vosk..", "org.deeplearning4j..", "org.nd4j..",
                        "io.javalin..", "org.eclipse.jetty..", "java.sql..", "com.fasterxml.jackson..", "com.nexuscrm.storage..",
                        "com.nexuscrm.ui..", "com.nexuscrm.app..")
                .because("the domain is plain Java plus jakarta.persistence mapping annotations"));
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        check(noClasses().that().resideOutsideOfPackages("com.nexuscrm.ui..", "com.nexuscrm.app..", "com.nexuscrm.cli.bench..")
                .should().dependOnClassesThat().resideInAPackage("javafx.."));
        check(noClasses().that().resideInAPackage("com.nexuscrm.cli.bench..").should().dependOnClassesThat(
                resideInAPackage("javafx..").and(not(resideInAPackage("javafx.collections.."))))
                .because("the search benchmark measures the inbox's own FilteredList; no bench opens a window"));
    }

    @Test
    void viewModelsSeeNoNodesOrStages() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.fxml.."));
    }

    @Test
    void viewModelsDoNotKnowTheirViews() {
        check(noClasses().that().haveSimpleNameEndingWith("ViewModel").should().dependOnClassesThat()
                .haveSimpleNameEndingWith("View"));
    }

    @Test
    void serverAndSyncNeverImportUi() {
        check(noClasses().that().resideInAnyPackage("com.nexuscrm.server..", "com.nexuscrm.sync..")
                .should().dependOnClassesThat().resideInAPackage("com.nexuscrm.ui..").allowEmptyShould(true));
    }

    @Test
    void servicesNeverCallPlatformRunLater() {
        check(noClasses().that().resideOutsideOfPackages("com.nexuscrm.ui..", "com.nexuscrm.app..")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable"));
        check(noClasses().that().resideInAPackage("com.nexuscrm.ui..").and().haveSimpleNameEndingWith("ViewModel")
                .should().callMethod("javafx.application.Platform", "runLater", "java.lang.Runnable"));
    }

    @Test
    void uiReachesStorageOnlyThroughTheApp() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.ui..").should().dependOnClassesThat()
                .resideInAnyPackage("com.nexuscrm.storage..", "org.hibernate..", "java.sql..")
                .because("screens use the domain's repository interfaces; AppContext picks the implementation"));
    }

    @Test
    void onlyMainUsesTheWindowAndTheCommandLine() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.app..").and().doNotHaveFullyQualifiedName("com.nexuscrm.Main")
                .should().dependOnClassesThat().resideInAPackage("com.nexuscrm.app..")
                .because("the window's wiring is an entry point: Main picks it, nothing else builds on it"));
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.cli..").and().doNotHaveFullyQualifiedName("com.nexuscrm.Main")
                .should().dependOnClassesThat().resideInAPackage("com.nexuscrm.cli..")
                .because("commands are an entry point: what the window and a command share is a use case"));
    }

    @Test
    void storageIsTheOnlyHibernateUser() {
        check(classes().that().resideOutsideOfPackage("com.nexuscrm.storage..").should().onlyDependOnClassesThat()
                .resideOutsideOfPackages("org.hibernate..", "org.h2.."));
        check(classes().that().resideOutsideOfPackages("com.nexuscrm.storage..", "com.nexuscrm.server..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackages("org.flywaydb..", "com.zaxxer.."));
    }

    @Test
    void commandsAndBenchmarksUseNoJdbcOrHibernate() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.hibernate..")
                .because("commands and benchmarks reach both schemas through storage's and the server's named methods"));
    }

    @Test
    void theSampleGeneratorWritesThroughDomainInterfaces() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.sample..").should().dependOnClassesThat()
                .resideInAPackage("com.nexuscrm.storage..")
                .because("the sample writes through domain.SampleSink; usecase.SampleSeeding passes storage's in"));
    }

    @Test
    void onlyStorageUsesTheStoresSessionsAndConnections() {
        Set<String> internals = Set.of("inTransaction", "withConnection", "inJdbcTransaction");
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.storage..").should().callMethodWhere(
                DescribedPredicate.describe("WorkspaceStore's session or connection methods", (JavaMethodCall call) ->
                        call.getTargetOwner().isEquivalentTo(WorkspaceStore.class) && internals.contains(call.getName())))
                .because("outside storage, work on the store goes through named storage methods or domain ports"));
    }

    @Test
    void onlyStorageUsesTheStoresMapper() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.storage..").should()
                .callMethod(WorkspaceStore.class, "json")
                .because("the store's mapper is its own; everyone else takes json.Json.mapper(), which writes the same JSON"));
    }

    @Test
    void routingServicesWorkOnTheDomainsInterfaces() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.routing..").should().dependOnClassesThat()
                .resideInAnyPackage("com.nexuscrm.storage..", "com.nexuscrm.ui..", "javafx..", "org.hibernate..", "java.sql..")
                .because("routing and the SLA monitor reach the store through domain.routing's repository interfaces"));
    }

    @Test
    void onlyTheServerUsesTheHttpServerLibrary() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.server..").should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty.."));
    }

    @Test
    void onlySpeechTouchesVoskAndFfmpeg() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.speech..").should().dependOnClassesThat()
                .resideInAnyPackage("org.vosk..", "org.bytedeco..", "com.sun.jna..")
                .because("native engines sit behind speech's small API; Vosk itself runs only in the worker process"));
    }

    @Test
    void conversationAnalysisWorksOnTheDomainsRecords() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.conversation..").should().dependOnClassesThat()
                .resideInAnyPackage("com.nexuscrm.speech..", "com.nexuscrm.storage..", "com.nexuscrm.ui..", "javafx..",
                        "org.hibernate..", "java.sql..")
                .because("analysis takes a Transcript and jobs take a Transcriber; AppContext picks the engine and the store"));
    }

    @Test
    void onlySearchUsesLuceneAndOnlyDocumentsReadFiles() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.search..").should().dependOnClassesThat()
                .resideInAPackage("org.apache.lucene..")
                .because("the index is search's own: others get SearchHit and SearchEntry, and the index stays in memory"));
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.documents..").should().dependOnClassesThat()
                .resideInAPackage("org.apache.pdfbox..")
                .because("documents.DocumentText reads every attached format behind one method"));
        check(noClasses().that().resideInAnyPackage("com.nexuscrm.search..", "com.nexuscrm.documents..").should()
                .dependOnClassesThat().resideInAnyPackage("com.nexuscrm.storage..", "com.nexuscrm.ui..", "javafx..")
                .because("search and documents work on the domain's records; use cases hand them the store's keys"));
    }

    @Test
    void theCampaignEngineWorksOnTheDomainsPortsAndOnlyItsEmailChannelUsesJakartaMail() {
        check(noClasses().that().resideInAPackage("com.nexuscrm.campaign..").should().dependOnClassesThat()
                .resideInAnyPackage("com.nexuscrm.storage..", "com.nexuscrm.ui..", "javafx..", "org.hibernate..", "java.sql..")
                .because("the runner reaches plans, enrolments, touches and the suppression list through domain.campaign's ports"));
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.campaign.email..").should().dependOnClassesThat()
                .resideInAnyPackage("jakarta.mail..", "org.eclipse.angus..")
                .because("SMTP and IMAP sit behind campaign.OutboundChannel and campaign.InboundMail"));
    }

    @Test
    void oneConfiguredJsonMapper() {
        check(noClasses().that().resideOutsideOfPackage("com.nexuscrm.json..").should()
                .callConstructor("com.fasterxml.jackson.databind.ObjectMapper")
                .because("json.Json builds every mapper, so stored and wire JSON share one date format"));
    }

    @Test
    void oneThreadFactory() {
        check(noClasses().that().doNotHaveFullyQualifiedName("com.nexuscrm.domain.Threads").should()
                .callMethod(Thread.class, "setDaemon", boolean.class)
                .because("background threads come from domain.Threads: daemon, and named for their owner"));
    }
}
