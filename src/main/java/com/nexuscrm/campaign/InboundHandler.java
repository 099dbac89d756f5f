package com.nexuscrm.campaign;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.Suppression;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Acts on received mail: a reply exits its enrolment (replied); a bounce puts the address on the suppression list for
 * email and exits the enrolment (bounced); an unsubscribe suppresses the person on every channel and exits all their
 * enrolments. Pending touches of an exited enrolment are cancelled. Handling the same mail twice changes nothing more.
 */
public final class InboundHandler {
    private final CampaignPorts ports;
    private final Clock clock;

    public InboundHandler(CampaignPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** Applies one mail; the touch it was about, if it found one. */
    public Optional<ScheduledTouch> handle(InboundMail mail) {
        return switch (mail.kind()) {
            case REPLY -> referenced(mail).map(t -> {
                ports.touches().markReplied(t.id(), clock.instant());
                exit(t.enrolmentId(), ExitReason.REPLIED);
                return t;
            });
            case BOUNCE -> bounce(mail);
            case UNSUBSCRIBE -> Optional.ofNullable(mail.unsubscribeTouch()).flatMap(ports.touches()::find)
                    .map(t -> unsubscribe(t, "email unsubscribe from " + mail.from()));
            case OTHER -> Optional.empty();
        };
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
        ports.enrolments().exit(enrolmentId, reason);
        ports.touches().cancelPending(enrolmentId, "enrolment ended: " + reason.name().toLowerCase());
    }
}
