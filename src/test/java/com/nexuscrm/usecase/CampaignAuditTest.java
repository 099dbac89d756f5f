package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.campaign.OutboundChannel;
import com.nexuscrm.campaign.SendFailure;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The send audit over a real workspace: every touch with its person, address, status and error, formula-safe CSV. */
class CampaignAuditTest {
    @TempDir Path dir;

    @Test
    void everyTouchIsARowWithItsStatusAndTheCsvIsFormulaSafe() throws Exception {
        try (CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("ws"))) {
            var plan = ws.threeStepEmail("Welcome");
            Enrolment ann = ws.enrol(plan, ws.lead("Ann", "Archer"));
            Lead mallory = com.nexuscrm.testing.Leads.lead("=HYPERLINK(\"x\")", "Mallory", "Mallory Ltd");
            mallory.setEmail("mal@mallory.test");
            mallory = ws.store.leads().save(mallory);
            Enrolment mal = ws.enrol(plan, mallory);
            OutboundChannel flaky = new OutboundChannel() {
                @Override
                public Channel channel() {
                    return Channel.EMAIL;
                }

                @Override
                public void send(com.nexuscrm.campaign.OutboundMessage m) throws SendFailure {
                    if (m.touchId().equals(ws.touches(mal).get(0).id())) {
                        throw SendFailure.transientFailure("smtp.test:25 refused the connection", null);
                    }
                }
            };
            ws.runner(Map.of(Channel.EMAIL, flaky)).runOnce();

            CampaignAudit audit = new CampaignAudit(ws.ports);
            List<List<String>> rows = audit.rows();
            assertEquals(2, rows.size());
            List<String> annRow = rows.stream().filter(r -> r.get(11).equals(ann.id().toString())).findFirst().orElseThrow();
            assertEquals(List.of("Welcome", "1", "A", "Email", "Ann Archer, Archer Ltd", ws.touches(ann).get(0).address(),
                    "sent", "0"), annRow.subList(0, 8));
            assertEquals(ws.clock.instant().toString(), annRow.get(8));
            assertEquals(ws.touches(ann).get(0).messageId(), annRow.get(9));
            List<String> malRow = rows.stream().filter(r -> r.get(11).equals(mal.id().toString())).findFirst().orElseThrow();
            assertEquals(List.of("pending", "1"), malRow.subList(6, 8));
            assertEquals("smtp.test:25 refused the connection", malRow.get(10));

            Path file = dir.resolve("audit.csv");
            assertEquals(2, audit.export(file, false));
            String csv = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(csv.startsWith(String.join(",", CampaignAudit.HEADER)), csv);
            assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\") Mallory"), "a formula-like name is guarded: " + csv);
            assertTrue(Files.notExists(dir.resolve("audit.csv.part")));
        }
    }
}
