package com.nexuscrm.cli;

import com.nexuscrm.usecase.AttachDocument;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nexus attach FILE... --account ID}: attaches documents; each file that cannot be read is named with why. */
@Command(name = "attach", description = "Attach PDF, DOCX, TXT or EML files to an account or a deal (stored encrypted, text indexed).")
final class AttachCommand implements Callable<Integer> {
    @Mixin
    WorkspaceOption workspace;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--account", description = "The account's id")
    UUID account;

    @Option(names = "--deal", description = "The deal's id")
    UUID deal;

    @Override
    public Integer call() {
        if (account == null && deal == null) {
            System.err.println("Name the record to attach to: --account ID or --deal ID");
            return 2;
        }
        try (Workspace open = workspace.open()) {
            if (!exists(open)) {
                return 2;
            }
            AttachDocument.Outcome outcome = new AttachDocument(open, Clock.systemUTC()).attach(files, account, deal, null, () -> false);
            outcome.attached().forEach(d -> System.out.println("attached " + d.getFileName() + "  " + d.getId()));
            outcome.skipped().forEach(s -> System.out.println("skipped " + s.reason()));
            return outcome.skipped().isEmpty() ? 0 : 2;
        }
    }

    private boolean exists(Workspace open) {
        try {
            new AttachDocument(open, Clock.systemUTC()).attach(List.of(), account, deal, null, () -> false);
            return true;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return false;
        }
    }
}
