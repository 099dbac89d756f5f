package com.nexuscrm.campaign.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.campaign.CampaignWorkspace;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import com.nexuscrm.usecase.CampaignScheduler;
import com.nexuscrm.usecase.CampaignSending;
import com.nexuscrm.usecase.CampaignSendingSettings;
import com.nexuscrm.usecase.Workspace;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text sent by the workstation's scheduler keeps the gateway's message sid as its touch's message id, where the
 * email channel keeps the Message-ID, so a delivery report from the gateway finds the touch.
 */
class SmsSidTest {
    @TempDir Path dir;

    @Test
    void theGatewaysSidBecomesTheTouchsMessageId() throws Exception {
        try (CampaignWorkspace ws = new CampaignWorkspace(dir.resolve("ws")); LocalSmsGateway gateway = new LocalSmsGateway()) {
            CampaignSendingSettings texts = new CampaignSendingSettings(true, 50, null, "", "", null, "", new CampaignSendingSettings.Sms(
                    gateway.baseUrl(), CampaignSmsGatewayTest.ACCOUNT, CampaignSmsGatewayTest.TOKEN, CampaignSmsGatewayTest.FROM), false);
            new CampaignSending(Workspace.over(ws.store)).save(texts);
            Enrolment cat = ws.enrol(CampaignSmsGatewayTest.textPlan(ws), CampaignSmsGatewayTest.consentingLead(ws, "Cat", "Cole"));
            CampaignScheduler scheduler = new CampaignScheduler(Workspace.over(ws.store), ws.clock, ZoneOffset.UTC, Runnable::run);

            assertEquals(1, scheduler.runNow().report().sent());
            scheduler.close();
            assertEquals(1, gateway.accepted());
            ScheduledTouch sent = ws.touches(cat).get(0);
            assertEquals(TouchStatus.SENT, sent.status());
            String sid = "SM" + String.format("%032d", 1);
            assertEquals(sent.id(), ws.ports.touches().findByMessageId(sid).orElseThrow().id());
            assertEquals(java.util.Optional.empty(), ws.ports.touches().findByMessageId(sent.messageId()),
                    "the derived Message-ID was replaced");
        }
    }
}
