package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ScheduledTouch;

/**
 * Told of each reply to a touch after the engine has recorded it (the touch marked replied, the enrolment exited as
 * replied): the next best action ({@code usecase.ActOnReply}) listens. Called once per handling; the listener makes a
 * reply handled twice act once.
 */
@FunctionalInterface
public interface ReplyListener {
    ReplyListener NONE = (touch, reply) -> { };

    void replied(ScheduledTouch touch, InboundMail reply);
}
