package com.nexuscrm.cli;

import com.nexuscrm.documents.AccountBrief;
import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.account.AccountReport;
import com.nexuscrm.usecase.AccountInsights;
import com.nexuscrm.usecase.Workspace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus brief ACCOUNT --pdf FILE}: the one-page brief of an account, for a rep going on site. */
@Command(name = "brief", description = "Write an account's one-page brief (health, talking points, contacts, deals, tickets) as a PDF.")
final class BriefCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(index = "0", paramLabel = "ACCOUNT", description = "The account's name (or part of it) or id")
    String account;

    @Option(names = "--pdf", required = true, paramLabel = "FILE", description = "The PDF file to write")
    Path pdf;

    @Override
    public Integer call() throws IOException {
        Clock clock = Clock.systemDefaultZone();
        try (Workspace open = workspace.open()) {
            AccountInsights insights = new AccountInsights(open, clock);
            AccountRow row;
            try {
                row = insights.find(account);
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
            long start = System.nanoTime();
            AccountReport report = insights.report(row.id());
            long ms = (System.nanoTime() - start) / 1_000_000;
            Path parent = pdf.toAbsolutePath().getParent();
            Path temp = Files.createTempFile(parent, ".brief", ".pdf");
            try (OutputStream out = Files.newOutputStream(temp)) {
                new AccountBrief().write(report, clock.getZone(), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
            Files.move(temp, pdf, StandardCopyOption.REPLACE_EXISTING);
            System.err.println("Wrote the brief of " + row.name() + " to " + pdf + " (insights read and judged in " + ms + " ms)");
            return 0;
        }
    }
}
