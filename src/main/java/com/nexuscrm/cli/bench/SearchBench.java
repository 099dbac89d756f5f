package com.nexuscrm.cli.bench;

import com.nexuscrm.usecase.Passphrases;
import com.nexuscrm.cli.WorkspaceOption;

import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.ui.leads.LeadCriteria;
import com.nexuscrm.ui.leads.LeadItem;
import com.nexuscrm.ui.leads.LeadsViewModel;
import com.nexuscrm.ui.leads.OwnerChoice;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Inbox search and filter over every lead of a workspace: the same sorted list, FilteredList and
 * criteria the inbox uses, against a bare loop of {@code String.contains} over the same rows.
 */
@Command(name = "search", description = "Inbox search/filter over the workspace's leads vs a bare contains() loop.")
final class SearchBench implements Callable<Integer> {
    private static final int REPEATS = 9;

    @Mixin
    WorkspaceOption workspace;

    @Override
    public Integer call() {
        List<LeadItem> rows;
        try (WorkspaceStore store = WorkspaceStore.open(workspace.folder, Passphrases.forCommand())) {
            long start = System.nanoTime();
            rows = store.leads().inboxRows().stream().map(LeadItem::of).toList();
            System.out.printf("loaded %,d inbox rows in %d ms%n", rows.size(), (System.nanoTime() - start) / 1_000_000);
        }
        ObservableList<LeadItem> items = FXCollections.observableArrayList(rows);
        long sortStart = System.nanoTime();
        FXCollections.sort(items, Comparator.comparing(i -> i.row().lastName()));
        System.out.printf("sort by last name (a header click): %d ms%n", (System.nanoTime() - sortStart) / 1_000_000);
        FXCollections.sort(items, LeadsViewModel.NEWEST_FIRST);
        FilteredList<LeadItem> filtered = new FilteredList<>(items);
        var me = Ids.newId();
        List<LeadCriteria> queries = List.of(
                new LeadCriteria("smith", null, null, OwnerChoice.ANY, false),
                new LeadCriteria("vp sales", null, null, OwnerChoice.ANY, true),
                new LeadCriteria("", LeadStatus.NEW, null, OwnerChoice.UNASSIGNED, true),
                new LeadCriteria("a", null, null, OwnerChoice.ANY, false));
        double worst = 0;
        double worstRatio = 0;
        for (LeadCriteria query : queries) {
            Predicate<LeadItem> predicate = query.predicate(me);
            long[] inbox = new long[REPEATS];
            long[] bare = new long[REPEATS];
            for (int r = 0; r < REPEATS; r++) {
                filtered.setPredicate(null);
                long t0 = System.nanoTime();
                filtered.setPredicate(predicate);
                int shown = filtered.size();
                inbox[r] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                bare[r] = bareCount(rows, query.search()) >= 0 ? System.nanoTime() - t1 : 0;
                if (r == 0) {
                    System.out.printf("query %-45s %,7d matches%n", describe(query), shown);
                }
            }
            double ms = BenchCommand.median(inbox) / 1e6;
            double baseMs = BenchCommand.median(bare) / 1e6;
            System.out.printf("  inbox filter median %.1f ms, bare contains loop %.1f ms, ratio %.1f%n", ms, baseMs, ms / baseMs);
            worst = Math.max(worst, ms);
            worstRatio = Math.max(worstRatio, ms / baseMs);
        }
        System.out.printf("search: worst median %.1f ms over %,d leads (target < 100 ms), worst ratio to bare loop %.1f%n",
                worst, rows.size(), worstRatio);
        return 0;
    }

    private static int bareCount(List<LeadItem> rows, String term) {
        String needle = term == null ? "" : term.toLowerCase();
        int count = 0;
        for (LeadItem item : rows) {
            if (item.haystack().contains(needle)) {
                count++;
            }
        }
        return count;
    }

    private static String describe(LeadCriteria c) {
        return "'" + c.search() + "'" + (c.status() == null ? "" : " status=" + c.status())
                + " owner=" + c.owner().label() + (c.openOnly() ? " open" : "");
    }
}
