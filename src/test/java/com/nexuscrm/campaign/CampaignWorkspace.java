package com.nexuscrm.campaign;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredCampaignRecipients;
import com.nexuscrm.storage.StoredContactPolicy;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.storage.StoredTouches;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Leads;
import com.nexuscrm.testing.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** A real encrypted workspace with the campaign engine's stores over it and a clock the test moves. */
public final class CampaignWorkspace implements AutoCloseable {
    /** A Monday, 09:00 UTC: inside every test lead's send window (their zone is UTC). */
    public static final Instant MONDAY_9AM = Instant.parse("2026-12-07T09:00:00Z");
    public static final String SENDER = "campaigns@nexus.test";

    public final WorkspaceStore store;
    public final MutableClock clock = new MutableClock(MONDAY_9AM);
    public final CampaignPorts ports;

    public CampaignWorkspace(Path dir) {
        this(WorkspaceStore.create(dir, "campaign test passphrase".toCharArray()));
    }

    private CampaignWorkspace(WorkspaceStore store) {
        this.store = store;
        ports = new CampaignPorts(new StoredCampaignPlans(store, clock), new StoredEnrolments(store, clock),
                new StoredTouches(store), new StoredContactPolicy(store), new StoredCampaignRecipients(store, ZoneOffset.UTC));
    }

    /** The workspace in {@code dir} opened again (after a test closed it as a crash would). */
    public static CampaignWorkspace reopen(Path dir) {
        return new CampaignWorkspace(WorkspaceStore.open(dir, "campaign test passphrase".toCharArray()));
    }

    /** A started GreenMail with SMTP and IMAP on free loopback ports and the campaign mailbox {@link #SENDER}. */
    public static com.icegreen.greenmail.util.GreenMail mailServer(String password) {
        var mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup[] {
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp"),
                new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "imap")});
        mail.start();
        mail.setUser(SENDER, SENDER, password);
        return mail;
    }

    public Lead lead(String first, String last) {
        Lead lead = Leads.lead(first, last, last + " Ltd");
        lead.setPhone("+44 20 7946 0958");
        return store.leads().save(lead);
    }

    /** A saved three-step email campaign: day 0, 2 and 4. */
    public CampaignPlan threeStepEmail(String name) {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), name, "Meeting booked", Audience.MANUAL, SENDER, "Nexus Sales",
                List.of(Step.of(0, Channel.EMAIL, new Template("A", "Hello {{firstName|there}}", "Hi {{firstName|there}},"
                                + " a note from {{senderName}} about {{company|your team}}.")),
                        Step.of(2, Channel.EMAIL, new Template("A", "Following up", "Hi {{firstName}}, any thoughts?")),
                        Step.of(4, Channel.EMAIL, new Template("A", "Last note", "Hi {{firstName}}, closing the loop."))));
        ports.plans().save(plan);
        return plan;
    }

    public Enrolment enrol(CampaignPlan plan, Lead lead) {
        return new CampaignEnroller(ports, clock).enrol(plan, PersonRef.lead(lead.getId()));
    }

    public CampaignRunner runner(Map<Channel, OutboundChannel> channels) {
        return new CampaignRunner(clock, ports, RunnerSettings.defaults(ZoneOffset.UTC), channels);
    }

    public Enrolment reload(Enrolment e) {
        return ports.enrolments().find(e.id()).orElseThrow();
    }

    public List<ScheduledTouch> touches(Enrolment e) {
        return ports.touches().forEnrolment(e.id());
    }

    @Override
    public void close() {
        store.close();
    }
}
