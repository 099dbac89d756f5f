package com.nexuscrm.storage;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.testing.Leads;
import java.nio.file.Path;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.transfer.CsvImporter;
import com.nexuscrm.transfer.RecordKind;
import java.nio.file.Files;

/**
 * Run in a separate JVM by {@link CrashRecoveryTest} and killed with SIGKILL mid-work: during single
 * edits, or during a CSV import of {@link #BULK_ROWS} leads. Prints a line
 * after every commit, so the parent knows exactly what must have survived.
 */
public final class CrashChild {
    private CrashChild() { }

    static final int BULK_ROWS = 100_000;

    public static void main(String[] args) throws java.io.IOException {
        Path dir = Path.of(args[0]);
        String mode = args[1];
        try (WorkspaceStore store = WorkspaceStore.open(dir, CrashRecoveryTest.PASS.toCharArray())) {
            System.out.println("opened");
            if (mode.equals("edits")) {
                for (int i = 0; ; i++) {
                    Lead lead = Leads.lead("Crash", "Edit" + i, "Durable");
                    lead.setStatus(i % 2 == 0 ? LeadStatus.NEW : LeadStatus.WORKING);
                    store.leads().save(lead);
                    System.out.println("committed " + lead.getLastName());
                }
            }
            Path csv = dir.resolveSibling("crash-import.csv");
            StringBuilder text = new StringBuilder("First Name,Last Name,Email,Company\n");
            for (int i = 0; i < BULK_ROWS; i++) {
                text.append("Bulk,Row").append(i).append(",row").append(i).append("@atomic.com,Atomic\n");
            }
            Files.writeString(csv, text);
            System.out.println("importing");
            var result = new CsvImporter(store::repository).importFile(RecordKind.LEADS, csv, null, null, Progress.NONE);
            System.out.println("committed bulk " + result.imported());
        }
    }
}
