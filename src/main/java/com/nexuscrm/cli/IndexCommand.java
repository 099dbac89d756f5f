package com.nexuscrm.cli;

import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.WorkspaceSearch;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code nexus index rebuild}: builds the search index again from the workspace's records and documents. */
@Command(name = "index", description = "The search index.", subcommands = IndexCommand.Rebuild.class)
final class IndexCommand {
    @Command(name = "rebuild", description = "Rebuild the search index from scratch (nothing is lost: it is made from the records).")
    static final class Rebuild implements Callable<Integer> {
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            long start = System.nanoTime();
            try (Workspace open = workspace.open(); WorkspaceSearch search = WorkspaceSearch.open(open)) {
                int size = search.rebuild();
                System.out.printf("indexed %,d entries in %.1f s%n", size, (System.nanoTime() - start) / 1e9);
                return 0;
            }
        }
    }
}
