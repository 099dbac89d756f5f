package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.campaign.InboundMail;
import com.nexuscrm.campaign.ReplyClassifier;
import com.nexuscrm.campaign.ReplyListener;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.NextBestAction;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Recommendation;
import com.nexuscrm.domain.campaign.ReferralContact;
import com.nexuscrm.domain.campaign.ReplyAction;
import com.nexuscrm.domain.campaign.ReplyRepository;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.storage.StoredDirectory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The next best action after a campaign reply (issue 17, part 6). Told of each reply by the engine (a
 * {@link ReplyListener}: the touch is marked replied and the enrolment has exited as replied), it classifies what the
 * sender wrote ({@link ReplyClassifier}), stores the reply with its intent, probability and {@link NextBestAction}'s
 * recommendation, and, when Settings ▸ Campaigns allows it ({@code automatic}), does it at once; otherwise a person
 * does it with {@link #doIt}. Doing it: a task for the owner (book the meeting, answer, ask who to contact, read a reply
 * the model was unsure of) through {@link LogActivity}, on the lead or contact; pause the enrolment until the date with
 * its waiting touches held; stop; do-not-contact on every channel, ending all the person's enrolments; a new lead for
 * the person a referral names. A reply is stored once (its key: the mail's Message-ID, else the touch and the text's
 * hash) and done once (a conditional claim), however often it is handled or clicked.
 */
public final class ActOnReply implements ReplyListener {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);

    private final CampaignPorts ports;
    private final ReplyRepository replies;
    private final LogActivity tasks;
    private final Function<Lead, Lead> newLead;
    private final Supplier<User> owner;
    private final BooleanSupplier automatic;
    private final NextBestAction nba;
    private final Clock clock;

    /**
     * @param newLead stores a new lead (the workstation: {@link SaveLead#store}, enriched)
     * @param automatic read at each reply: whether to act without a person
     */
    public ActOnReply(CampaignPorts ports, ReplyRepository replies, LogActivity tasks, Function<Lead, Lead> newLead,
                      Supplier<User> owner, BooleanSupplier automatic, NextBestAction nba, Clock clock) {
        this.ports = ports;
        this.replies = replies;
        this.tasks = tasks;
        this.newLead = newLead;
        this.owner = owner;
        this.automatic = automatic;
        this.nba = nba;
        this.clock = clock;
    }

    /** Over an open workspace: tasks and leads as its current user, the switch read from its campaign settings. */
    public static ActOnReply over(Workspace workspace, CampaignPorts ports, Clock clock) {
        SaveLead save = new SaveLead(workspace.leads(), new EnrichLeads(workspace).enrichment(),
                LeadServices.scoring(workspace), LeadServices.routing(workspace)::route);
        StoredDirectory directory = new StoredDirectory(workspace.store());
        CampaignSending sending = new CampaignSending(workspace);
        return new ActOnReply(ports, workspace.campaignReplies(), new LogActivity(workspace, clock),
                lead -> save.store(lead, true, Progress.NONE), directory::currentUser,
                () -> sending.load().actOnReplies(), new NextBestAction(), clock);
    }

    @Override
    public void replied(ScheduledTouch touch, InboundMail reply) {
        record(touch, reply);
    }

    /** Stores the reply and its recommendation (once) and acts when allowed; the reply as stored. */
    public Optional<CampaignReply> record(ScheduledTouch touch, InboundMail reply) {
        String key = reply.messageId() != null ? reply.messageId()
                : "touch:" + touch.id() + ":" + UUID.nameUUIDFromBytes(reply.text().getBytes(StandardCharsets.UTF_8));
        Optional<CampaignReply> known = replies.findByKey(key);
        Optional<Enrolment> enrolment = ports.enrolments().find(touch.enrolmentId());
        if (known.isPresent() || enrolment.isEmpty()) {
            return known;
        }
        Optional<Recipient> recipient = ports.recipients().find(enrolment.get().person());
        ZoneId zone = recipient.map(Recipient::zone).orElse(clock.getZone());
        Instant now = clock.instant();
        Instant received = reply.receivedAt() == null || reply.receivedAt().isAfter(now) ? now : reply.receivedAt();
        String written = ReplyClassifier.written(reply.text());
        ReplyClassifier.Prediction p = ReplyClassifier.shipped().classify(reply.text());
        Recommendation r = nba.recommend(p.intent(), p.probability(), written, received, zone);
        CampaignReply stored = new CampaignReply(Ids.newId(), key, touch.id(), touch.enrolmentId(), enrolment.get().planId(),
                enrolment.get().person(), touch.channel(), reply.from(), received, written, p.intent(), p.probability(), r,
                CampaignReply.Status.RECOMMENDED, false, null, null);
        if (!replies.add(stored)) {
            return replies.findByKey(key);
        }
        if (automatic.getAsBoolean()) {
            act(stored, true);
        }
        return replies.find(stored.id());
    }

    /** "Do it": the recommended action of a stored reply, once; the reply as it is now (its outcome says what happened). */
    public CampaignReply doIt(UUID replyId) {
        CampaignReply reply = replies.find(replyId)
                .orElseThrow(() -> new NoSuchElementException("That reply is no longer stored."));
        act(reply, false);
        return replies.find(replyId).orElseThrow();
    }

    private void act(CampaignReply reply, boolean byItself) {
        if (!replies.claim(reply.id(), clock.instant(), byItself)) {
            return;
        }
        try {
            replies.outcome(reply.id(), perform(reply));
        } catch (RuntimeException e) {
            replies.release(reply.id(), "Not done: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            if (!byItself) {
                throw e;
            }
        }
    }

    private String perform(CampaignReply reply) {
        Recommendation r = reply.recommendation();
        return switch (r.action()) {
            case BOOK_MEETING, ANSWER, ASK_FOR_CONTACT, READ_REPLY -> task(reply, r);
            case PAUSE -> pause(reply, r.resumeAt());
            case STOP -> stop(reply);
            case SUPPRESS -> suppress(reply);
            case CREATE_LEAD -> lead(reply, r);
        };
    }

    private String task(CampaignReply reply, Recommendation r) {
        String who = ports.recipients().find(reply.person()).map(Recipient::fullName).filter(n -> !n.isBlank())
                .orElse(reply.from() == null ? "the recipient" : reply.from());
        String notes = r.reason() + "\n\n" + who + " wrote (" + reply.channel().label() + "):\n" + reply.text();
        TaskPriority priority = r.action() == ReplyAction.BOOK_MEETING ? TaskPriority.HIGH : TaskPriority.NORMAL;
        tasks.log(new LogActivity.Draft(ActivityType.TASK, r.taskSubject() + ": " + who, notes, ref(reply.person()),
                clock.instant(), priority, null, null, null), owner.get());
        return "Task created: " + r.taskSubject();
    }

    private String pause(CampaignReply reply, Instant until) {
        if (!ports.enrolments().pause(reply.enrolmentId(), until)) {
            throw new IllegalStateException("the enrolment has ended (" + ports.enrolments().find(reply.enrolmentId())
                    .map(e -> e.status().name().toLowerCase(Locale.ROOT)).orElse("removed") + "), so it cannot be paused");
        }
        String day = DAY.format(until.atZone(ports.recipients().find(reply.person()).map(Recipient::zone)
                .orElse(clock.getZone())));
        ports.touches().hold(reply.enrolmentId(), until, "paused until " + day + " after a reply");
        return "Paused until " + day;
    }

    private String stop(CampaignReply reply) {
        if (ports.enrolments().exit(reply.enrolmentId(), ExitReason.REPLIED)) {
            ports.touches().cancelPending(reply.enrolmentId(), ExitReason.REPLIED.cancelReason());
        }
        return "Stopped";
    }

    private String suppress(CampaignReply reply) {
        String address = ports.touches().find(reply.touchId()).map(ScheduledTouch::address).orElse(reply.from());
        ports.policy().suppress(new Suppression(Ids.newId(), reply.person().id(), address, null,
                Suppression.Reason.UNSUBSCRIBED, "reply: " + reply.intent().label(), clock.instant()));
        int ended = 0;
        for (Enrolment e : ports.enrolments().activeFor(reply.person().id())) {
            if (ports.enrolments().exit(e.id(), ExitReason.UNSUBSCRIBED)) {
                ports.touches().cancelPending(e.id(), ExitReason.UNSUBSCRIBED.cancelReason());
                ended++;
            }
        }
        return "Do not contact on any channel" + (ended == 0 ? "" : "; " + ended + " more enrolment(s) ended");
    }

    private String lead(CampaignReply reply, Recommendation r) {
        Lead lead = new Lead(Ids.newId());
        User by = owner.get();
        String email = r.referralEmail();
        ReferralContact named = new ReferralContact(r.referralName(), email);
        lead.setFirstName(named.firstName());
        lead.setLastName(r.referralName() != null ? named.lastName() : email.substring(0, email.indexOf('@')));
        lead.setEmail(email);
        ports.recipients().find(reply.person()).ifPresent(p -> lead.setCompany(p.company()));
        lead.setSource("Campaign referral");
        lead.setStatus(LeadStatus.NEW);
        lead.setCreatedAt(clock.instant());
        lead.setOwnerId(by.getId());
        lead.setTeamId(by.getTeamId());
        Lead saved = newLead.apply(lead);
        return "Lead created: " + (saved.getFirstName() == null ? "" : saved.getFirstName() + " ") + saved.getLastName();
    }


    private static RecordRef ref(PersonRef person) {
        return person.kind() == PersonRef.Kind.LEAD ? RecordRef.lead(person.id()) : RecordRef.contact(person.id());
    }
}
