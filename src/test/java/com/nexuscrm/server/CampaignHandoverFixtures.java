package com.nexuscrm.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.CampaignHandover;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Plans, enrolments and hand-over bodies for the campaign endpoint tests. */
final class CampaignHandoverFixtures {
    static final ObjectMapper JSON = Json.mapper();
    static final String SENDER = "campaigns@nexus.test";

    private CampaignHandoverFixtures() { }

    /** A one-step email plan (day 0). */
    static CampaignPlan plan(String name) {
        return new CampaignPlan(Ids.newId(), name, "Meeting booked", Audience.MANUAL, SENDER, "Nexus Sales",
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hello {{firstName|there}}", "Hi {{firstName|there}}."))));
    }

    /** A lead enrolled in {@code plan} at {@code at}, with its recipient data (zone UTC). */
    static CampaignHandover.HandedEnrolment enrolled(CampaignPlan plan, String first, Instant at) {
        PersonRef person = PersonRef.lead(Ids.newId());
        Recipient r = new Recipient(person, first, "Tester", "Acme", "CTO", first.toLowerCase() + "@example.com", null,
                "London", "GB", ZoneOffset.UTC, 70, "NEW");
        return new CampaignHandover.HandedEnrolment(Enrolment.start(Ids.newId(), plan.id(), person, at), r);
    }

    static String body(CampaignHandover handover) throws Exception {
        return JSON.writeValueAsString(handover);
    }

    static CampaignHandover.Answer answer(String body) throws Exception {
        return JSON.readValue(body, CampaignHandover.Answer.class);
    }
}
