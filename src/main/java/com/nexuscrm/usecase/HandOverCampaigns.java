package com.nexuscrm.usecase;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.json.Json;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import com.nexuscrm.storage.StoredCampaignPlans;
import com.nexuscrm.storage.StoredCampaignRecipients;
import com.nexuscrm.storage.StoredContactPolicy;
import com.nexuscrm.storage.StoredEnrolments;
import com.nexuscrm.storage.StoredReplica;
import com.nexuscrm.storage.StoredTouches;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.sync.ServerLinkStore;
import com.nexuscrm.sync.SyncClient;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * A linked workstation's campaigns handed to the team server, which schedules and sends them (issue 17): every plan,
 * every enrolment with its recipient's data (an enrolment a reply or meeting ended here goes as EXITED, and the server
 * cancels its pending touches; one the next best action paused goes as PAUSED with its dates, and the server pauses
 * its own until then), the suppression list (with the enrolled people's Do not contact flags) and consents, in
 * pages the server accepts. The server's touch
 * and enrolment changes after the stored cursor come back and are mirrored into the local tables, so the Campaigns
 * screen shows what the server sent; the replies the server read from the team's mailbox go to the next best
 * action ({@link HandedReplies}), each acted on once; so do the suppressions the server made (an SMS STOP: Do not
 * contact here too) and its voice and LinkedIn steps, which become Today tasks through {@link CampaignTasks} under the
 * touch id (once, however often they come). Idempotent: the same hand-over again changes nothing on either side.
 */
public final class HandOverCampaigns {
    /** The {@code workspace_meta} key of the server's change cursor. */
    public static final String CURSOR = "campaign.handover.cursor";
    private static final int MAX_ROUNDS = 100;

    private final StoredCampaignPlans plans;
    private final StoredEnrolments enrolments;
    private final StoredTouches touches;
    private final StoredContactPolicy policy;
    private final StoredCampaignRecipients recipients;
    private final WorkspaceMeta meta;
    private final ServerLinkStore links;
    private final HandedReplies replies;
    private final CampaignTasks tasks;

    /** What one hand-over changed on the server and mirrored here. */
    public record Result(int plansChanged, int enrolmentsAdded, int exitsApplied, int touchesCancelled,
                         int touchesMirrored, int enrolmentsMirrored, int repliesMirrored) {
        Result plus(CampaignHandover.Answer a) {
            return new Result(plansChanged + a.plansChanged(), enrolmentsAdded + a.enrolmentsAdded(),
                    exitsApplied + a.exitsApplied(), touchesCancelled + a.touchesCancelled(),
                    touchesMirrored + a.touches().size(), enrolmentsMirrored + a.enrolments().size(),
                    repliesMirrored + a.replies().size());
        }
    }

    public HandOverCampaigns(Workspace workspace, Clock clock, ZoneId zone) {
        this.plans = new StoredCampaignPlans(workspace.store(), clock);
        this.enrolments = new StoredEnrolments(workspace.store(), clock);
        this.touches = new StoredTouches(workspace.store());
        this.policy = new StoredContactPolicy(workspace.store());
        this.recipients = new StoredCampaignRecipients(workspace.store(), zone);
        this.meta = workspace.store().meta();
        this.links = StoredReplica.of(workspace.store()).link();
        this.replies = new HandedReplies(workspace, new CampaignPorts(plans, enrolments, touches, policy, recipients), clock);
        this.tasks = new CampaignTasks(workspace, clock);
    }

    /** Hands over through the stored link and token; empty when the workspace has no team server link. */
    public Optional<Result> runLinked() {
        return links.link().map(stored -> {
            SyncClient client = new SyncClient(stored.link().server(), Json.mapper());
            client.useToken(stored.token());
            return run(client::handOver);
        });
    }

    /**
     * Hands everything over through {@code server} (a signed-in {@link SyncClient#handOver}), mirroring each answer as
     * it comes; the cursor is kept only after its changes are mirrored, so a hand-over cut short is simply repeated.
     */
    public Result run(Function<CampaignHandover, CampaignHandover.Answer> server) {
        List<CampaignPlan> allPlans = plans.all();
        List<HandedEnrolment> handed = new ArrayList<>();
        for (CampaignPlan plan : allPlans) {
            for (Enrolment e : enrolments.forPlan(plan.id())) {
                recipients.find(e.person()).ifPresent(r -> handed.add(e.status() == EnrolmentStatus.PAUSED
                        ? new HandedEnrolment(e, r, enrolments.pausedSince(e.id()).orElse(null),
                        enrolments.pausedUntil(e.id()).orElse(null)) : new HandedEnrolment(e, r)));
            }
        }
        List<Suppression> suppressions = new ArrayList<>(policy.all());
        for (HandedEnrolment h : handed) { // a lead's or contact's Do not contact flag goes as an every-channel entry
            policy.suppressions(h.enrolment().person().id(), null).stream()
                    .filter(x -> x.reason() == Suppression.Reason.DO_NOT_CONTACT && x.address() == null && x.channel() == null)
                    .forEach(suppressions::add);
        }
        List<Consent> consents = policy.consents();
        Result result = new Result(0, 0, 0, 0, 0, 0, 0);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            CampaignHandover request = new CampaignHandover(round == 0 ? allPlans : List.of(),
                    page(handed, round, CampaignHandover.MAX_ENROLMENTS), page(suppressions, round, CampaignHandover.MAX_ENTRIES),
                    page(consents, round, CampaignHandover.MAX_ENTRIES), cursor());
            CampaignHandover.Answer answer = server.apply(request);
            mirror(answer);
            result = result.plus(answer);
            boolean more = (round + 1) * (long) CampaignHandover.MAX_ENROLMENTS < handed.size()
                    || (round + 1) * (long) CampaignHandover.MAX_ENTRIES < Math.max(suppressions.size(), consents.size())
                    || answer.changes() > 0 && answer.cursor() > request.cursor();
            if (!more) {
                break;
            }
        }
        return result;
    }

    private void mirror(CampaignHandover.Answer answer) {
        for (ScheduledTouch t : answer.touches()) {
            touches.mirror(t);
        }
        for (CampaignHandover.EnrolmentState e : answer.enrolments()) {
            enrolments.mirror(e.id(), e.currentStep(), e.status(), e.exitReason());
        }
        for (Suppression s : answer.suppressions()) {
            policy.suppress(s);
        }
        UUID linkedUser = links.link().map(l -> l.link().userId()).orElse(null);
        for (CampaignTask task : answer.tasks()) {
            tasks.queue(task, linkedUser);
        }
        replies.act(answer.replies());
        meta.put(CURSOR, Long.toString(answer.cursor()));
    }

    private long cursor() {
        return meta.get(CURSOR).map(Long::parseLong).orElse(0L);
    }

    private static <T> List<T> page(List<T> all, int round, int size) {
        int from = round * size;
        return from >= all.size() ? List.of() : all.subList(from, Math.min(all.size(), from + size));
    }
}
