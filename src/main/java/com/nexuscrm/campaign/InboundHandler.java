package com.nexuscrm.campaign;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.E164Numbers;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Acts on received mail: a reply exits its enrolment (replied); a bounce puts the address on the suppression list for
 * email and exits the enrolment (bounced); an unsubscribe suppresses the person on every channel and exits all their
 * enrolments. Pending touches of an exited enrolment are cancelled. A reply then goes to the {@link ReplyListener} (the
 * next best action). Texts come in through {@link #textReceived}. Handling the same mail twice changes nothing more.
 */
public final class InboundHandler {
    private static final Set<String> STOP_WORDS = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "OPTOUT", "OPT OUT", "REVOKE");

    private final CampaignPorts ports;
    private final Clock clock;
    private final ReplyListener replies;

    public InboundHandler(CampaignPorts ports, Clock clock, ReplyListener replies) {
        this.ports = ports;
        this.clock = clock;
        this.replies = replies;
    }

    public InboundHandler(CampaignPorts ports, Clock clock) {
        this(ports, clock, ReplyListener.NONE);
    }

    /** Applies one mail; the touch it was about, if it found one. */
    public Optional<ScheduledTouch> handle(InboundMail mail) {
        return switch (mail.kind()) {
            case REPLY -> referenced(mail).map(t -> replied(t, mail));
            case BOUNCE -> bounce(mail);
            case UNSUBSCRIBE -> Optional.ofNullable(mail.unsubscribeTouch()).flatMap(ports.touches()::find)
                    .map(t -> unsubscribe(t, "email unsubscribe from " + mail.from()));
            case OTHER -> Optional.empty();
        };
    }

    /**
     * A text received from {@code number} (the SMS gateway's inbound webhook): STOP, UNSUBSCRIBE and the other opt-out
     * words suppress the number and its person on every channel (do-not-contact) and end all their enrolments; any
     * other text is a reply to the last touch sent to the number. The touch it was about, if it found one.
     */
    public Optional<ScheduledTouch> textReceived(String number, String body, String providerMessageId) {
        String address = E164Numbers.normalise(number).orElse(number == null ? "" : number.strip());
        Optional<ScheduledTouch> touch = address.isEmpty() ? Optional.empty() : ports.touches().lastSentTo(address)
                .or(() -> number == null ? Optional.empty() : ports.touches().lastSentTo(number.strip()));
        String said = body == null ? "" : body.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").strip();
        if (STOP_WORDS.contains(said)) {
            if (touch.isPresent()) {
                return Optional.of(unsubscribe(touch.get(), "SMS " + said + " from " + address));
            }
            if (!address.isEmpty()) {
                ports.policy().suppress(new Suppression(Ids.newId(), null, address, null, Suppression.Reason.UNSUBSCRIBED,
                        "SMS " + said + " from " + address, clock.instant()));
            }
            return Optional.empty();
        }
        return touch.map(t -> replied(t, new InboundMail(InboundMail.Kind.REPLY, address, List.of(), null, null,
                providerMessageId == null || providerMessageId.isBlank() ? null : "sms:" + providerMessageId.strip(),
                body, clock.instant())));
    }

    private ScheduledTouch replied(ScheduledTouch t, InboundMail mail) {
        ports.touches().markReplied(t.id(), clock.instant());
        exit(t.enrolmentId(), ExitReason.REPLIED);
        replies.replied(t, mail);
        return t;
    }

    /** The one-click (HTTP POST) unsubscribe of RFC 8058 for the touch whose token it carries. */
    public Optional<ScheduledTouch> unsubscribeByToken(UUID touchId) {
        return ports.touches().find(touchId).map(t -> unsubscribe(t, "one-click unsubscribe"));
    }

    private Optional<ScheduledTouch> bounce(InboundMail mail) {
        Optional<ScheduledTouch> touch = referenced(mail)
                .or(() -> Optional.ofNullable(mail.failedAddress()).flatMap(ports.touches()::lastSentTo));
        String address = mail.failedAddress() != null ? mail.failedAddress() : touch.map(ScheduledTouch::address).orElse(null);
        if (address == null) {
            return touch;
        }
        UUID person = touch.flatMap(t -> ports.enrolments().find(t.enrolmentId())).map(e -> e.person().id()).orElse(null);
        ports.policy().suppress(new Suppression(Ids.newId(), person, address, Channel.EMAIL, Suppression.Reason.BOUNCED,
                "bounce", clock.instant()));
        touch.ifPresent(t -> exit(t.enrolmentId(), ExitReason.BOUNCED));
        return touch;
    }

    private ScheduledTouch unsubscribe(ScheduledTouch t, String source) {
        Optional<Enrolment> enrolment = ports.enrolments().find(t.enrolmentId());
        UUID person = enrolment.map(e -> e.person().id()).orElse(null);
        ports.policy().suppress(new Suppression(Ids.newId(), person, t.address(), null, Suppression.Reason.UNSUBSCRIBED,
                source, clock.instant()));
        exit(t.enrolmentId(), ExitReason.UNSUBSCRIBED);
        if (person != null) {
            ports.enrolments().activeFor(person).forEach(e -> exit(e.id(), ExitReason.UNSUBSCRIBED));
        }
        return t;
    }

    private Optional<ScheduledTouch> referenced(InboundMail mail) {
        return mail.referencedMessageIds().stream().map(ScheduledTouch::idInMessageId).filter(Objects::nonNull)
                .map(ports.touches()::find).flatMap(Optional::stream).findFirst();
    }

    private void exit(UUID enrolmentId, ExitReason reason) {
        if (ports.enrolments().exit(enrolmentId, reason)) {
            ports.touches().cancelPending(enrolmentId, reason.cancelReason());
        }
    }
}
