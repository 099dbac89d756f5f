package com.nexuscrm.cli.bench;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.storage.BenchBaselines;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.usecase.AttachDocument;
import com.nexuscrm.usecase.Workspace;
import com.nexuscrm.usecase.WorkspaceSearch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Customer 360 figures. Search: a fresh encrypted workspace with 100,000 records (leads, contacts, accounts,
 * deals, activities) and 1,000 attached documents (through {@link AttachDocument}, so their text is stored
 * encrypted and read back for the index), the index built, then global searches as typed (whole words and
 * prefixes, ranked, top 20, highlighted) timed against the bare Lucene query on the same index in the same run.
 * Then ({@link AccountHistoryBench}) an account with five years of history opened through the account view's use
 * case, first and warm, against bare JDBC of the same rows. {@code --part search|account} runs one half.
 */
@Command(name = "customer360", description = "Global search over 100k records and 1,000 documents vs a bare Lucene query;"
        + " opening an account with 5 years of history vs bare JDBC of the same rows.")
final class Customer360Bench implements Callable<Integer> {
    private static final char[] PASS = "benchmark-passphrase".toCharArray();
    private static final double TARGET_MS = 50;
    private static final String[] SYLLABLES = {"ac", "me", "glo", "bex", "ini", "tech", "van", "de", "lay", "sto", "rk",
            "nor", "dic", "sol", "ar", "qua", "ntum", "hel", "ix", "umb", "rel", "la", "cy", "ber", "dyne", "zen", "ith"};
    private static final String[] WORDS = ("pricing discount renewal onboarding integration security review contract "
            + "budget approval procurement legal signature timeline rollout pilot seats licence support migration "
            + "competitor objection champion stakeholder executive sponsor quarter forecast invoice payment terms "
            + "indemnification liability warranty uptime latency dashboard reporting analytics workflow training").split(" ");

    @Option(names = "--records", defaultValue = "100000", description = "Records (default 100000)")
    int records;

    @Option(names = "--documents", defaultValue = "1000", description = "Attached documents (default 1000)")
    int documents;

    @Option(names = "--runs", defaultValue = "200", description = "Timed searches after a warm-up (default 200)")
    int runs;

    @Option(names = "--part", defaultValue = "all", description = "search, account or all (default all)")
    String part;

    @Option(names = "--activities", defaultValue = "6000", description = "Activities of the opened account (default 6000)")
    int activities;

    @Option(names = "--tickets", defaultValue = "400", description = "Tickets of the opened account (default 400)")
    int tickets;

    @Option(names = "--account-documents", defaultValue = "200", description = "Documents of the opened account (default 200)")
    int accountDocuments;

    private final Random random = new Random(360);

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("nexus-c360-bench");
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), PASS)) {
            Workspace workspace = Workspace.over(store);
            long t0 = System.nanoTime();
            List<UUID> accounts = seed(workspace);
            boolean search = !part.equals("account");
            if (search) {
                attach(workspace, dir, accounts);
            }
            System.out.printf("seeded %,d records and %,d documents in %.1f s%n", records, search ? documents : 0,
                    (System.nanoTime() - t0) / 1e9);
            if (search) {
                searches(workspace);
            }
            if (!part.equals("search")) {
                new AccountHistoryBench(workspace, new BenchBaselines(store), () -> sentence(400))
                        .run(Files.createDirectories(dir.resolve("account-files")), activities, tickets, accountDocuments, runs);
            }
        } finally {
            deleteTree(dir);
        }
        return 0;
    }

    private void searches(Workspace workspace) {
        long t1 = System.nanoTime();
        try (WorkspaceSearch search = WorkspaceSearch.open(workspace)) {
            System.out.printf("index built: %,d entries in %.1f s%n", search.size(), (System.nanoTime() - t1) / 1e9);
            measure(search);
        }
        long t2 = System.nanoTime();
        try (WorkspaceSearch again = WorkspaceSearch.open(workspace)) {
            System.out.printf("index loaded from its encrypted snapshot (%s): %.1f s%n", again.openedHow(), (System.nanoTime() - t2) / 1e9);
        }
    }

    private void measure(WorkspaceSearch search) {
        List<String> queries = queries();
        for (int i = 0; i < 50; i++) {
            search.search(queries.get(i % queries.size()), Set.of(), 20);
            search.bareQuery(queries.get(i % queries.size()), 20);
        }
        long[] app = new long[runs];
        long[] bare = new long[runs];
        long found = 0;
        for (int r = 0; r < runs; r++) {
            String q = queries.get(r % queries.size());
            long a = System.nanoTime();
            found += search.search(q, Set.of(), 20).size();
            app[r] = System.nanoTime() - a;
            long b = System.nanoTime();
            search.bareQuery(q, 20);
            bare[r] = System.nanoTime() - b;
        }
        System.out.printf("global search (ranked, top 20, highlighted snippets): median %.2f ms, p95 %.2f ms over %d searches"
                + " (target <= %.0f ms); %.1f results on average%n", ms(BenchCommand.median(app)), ms(p95(app)), runs, TARGET_MS,
                found / (double) runs);
        System.out.printf("baseline, bare Lucene query on the same index (top 20 ids): median %.2f ms, p95 %.2f ms%n",
                ms(BenchCommand.median(bare)), ms(p95(bare)));
        System.out.printf("ratio (median): %.1fx the bare query%n", BenchCommand.median(app) / BenchCommand.median(bare));
    }

    /** What a user types: a company's first letters, a whole word, two words, a word of a document. */
    private List<String> queries() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = company();
            out.add(name.substring(0, Math.min(4, name.length())));
            out.add(WORDS[random.nextInt(WORDS.length)]);
            out.add(WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)].substring(0, 3));
            out.add(name);
        }
        return out;
    }

    private List<UUID> seed(Workspace ws) {
        Instant now = Instant.parse("2026-11-01T00:00:00Z");
        int accounts = records / 10;
        List<Account> as = new ArrayList<>();
        for (int i = 0; i < accounts; i++) {
            Account a = new Account(Ids.newId());
            a.setName(company() + " " + (i % 7 == 0 ? "Holdings" : "Ltd"));
            a.setIndustry(WORDS[random.nextInt(WORDS.length)]);
            a.setCity("City " + random.nextInt(500));
            a.setCreatedAt(now);
            as.add(a);
        }
        insert(ws, Account.class, as);
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < records * 4 / 10; i++) {
            Lead l = new Lead(Ids.newId());
            l.setFirstName(person());
            l.setLastName(person());
            l.setCompany(company());
            l.setEmail("p" + i + "@" + company().toLowerCase() + ".example");
            l.setStatus(LeadStatus.NEW);
            l.setSource(LeadSource.WEBSITE.label());
            l.setCreatedAt(now);
            leads.add(l);
        }
        insert(ws, Lead.class, leads);
        List<Contact> contacts = new ArrayList<>();
        for (int i = 0; i < records * 2 / 10; i++) {
            Contact c = new Contact(Ids.newId());
            c.setFirstName(person());
            c.setLastName(person());
            c.setEmail("c" + i + "@example.com");
            c.setAccountId(as.get(random.nextInt(accounts)).getId());
            c.setCreatedAt(now);
            contacts.add(c);
        }
        insert(ws, Contact.class, contacts);
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < records / 10; i++) {
            Deal d = new Deal(Ids.newId());
            d.setName(as.get(i % accounts).getName() + " " + WORDS[random.nextInt(WORDS.length)]);
            d.setAccountId(as.get(i % accounts).getId());
            d.setStage(DealStage.values()[random.nextInt(3)]);
            d.setAmount(BigDecimal.valueOf(1000 + random.nextInt(90_000)));
            d.setCurrency("USD");
            d.setCloseDate(LocalDate.of(2027, 1 + random.nextInt(12), 1));
            d.setCreatedAt(now);
            deals.add(d);
        }
        insert(ws, Deal.class, deals);
        List<Activity> acts = new ArrayList<>();
        for (int i = 0; i < records - accounts - leads.size() - contacts.size() - deals.size(); i++) {
            Activity a = new Activity(Ids.newId());
            a.setType(ActivityType.NOTE);
            a.setSubject(WORDS[random.nextInt(WORDS.length)] + " follow-up");
            a.setBody(sentence(30));
            a.setAccountId(as.get(random.nextInt(accounts)).getId());
            a.setOccurredAt(now);
            acts.add(a);
        }
        insert(ws, Activity.class, acts);
        return as.stream().map(Account::getId).toList();
    }

    private <T extends SyncedRecord> void insert(Workspace ws, Class<T> type, List<T> rows) {
        for (int i = 0; i < rows.size(); i += 5000) {
            ws.repository(type).insertAll(rows.subList(i, Math.min(rows.size(), i + 5000)));
        }
    }

    private void attach(Workspace ws, Path dir, List<UUID> accounts) throws IOException {
        Path files = Files.createDirectories(dir.resolve("files"));
        AttachDocument attach = new AttachDocument(ws, Clock.systemUTC());
        for (int i = 0; i < documents; i++) {
            Path f = Files.writeString(files.resolve("proposal-" + i + ".txt"), sentence(2500));
            AttachDocument.Outcome o = attach.attach(List.of(f), accounts.get(i % accounts.size()), null, null, () -> false);
            if (!o.skipped().isEmpty()) {
                throw new IllegalStateException(o.skipped().get(0).reason());
            }
            Files.delete(f);
        }
    }

    private String company() {
        return cap(SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]
                + SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }

    private String person() {
        return cap(SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }

    private String sentence(int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(i % 40 == 7 ? company() : WORDS[random.nextInt(WORDS.length)]).append(i % 12 == 11 ? ". " : " ");
        }
        return b.toString();
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double ms(double nanos) {
        return nanos / 1e6;
    }

    static double p95(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
