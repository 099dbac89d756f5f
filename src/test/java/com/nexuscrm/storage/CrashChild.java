package com.nexuscrm.storage;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.testing.Leads;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run in a separate JVM by {@link CrashRecoveryTest} and killed with SIGKILL mid-work. Prints a line
 * after every commit, so the parent knows exactly what must have survived.
 */
public final class CrashChild {
    private CrashChild() { }

    public static void main(String[] args) {
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
            List<Lead> batch = new ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                batch.add(Leads.lead("Bulk", "Row" + i, "Atomic"));
            }
            System.out.println("importing");
            store.leads().saveAll(batch);
            System.out.println("committed bulk");
        }
    }
}
