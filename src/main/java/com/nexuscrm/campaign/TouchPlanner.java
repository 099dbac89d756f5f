package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.SendWindow;
import com.nexuscrm.domain.campaign.Step;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * How the scheduler sends a due step's touch: on which of the step's channels and when it is first tried. The default
 * ({@link #AS_PLANNED}) is the runner's behaviour without optimisation: the step's channel (for a step with an
 * alternative, the first one the person can receive) as soon as the recipient's send window is open.
 * {@link ThompsonPlanner} learns both from past touches.
 */
public interface TouchPlanner {
    /** The plan as written: no learning. */
    TouchPlanner AS_PLANNED = new TouchPlanner() { };

    /** True when the planner learns send times (the scheduler then tells it the day the sender is next under its limit). */
    default boolean learns() {
        return false;
    }

    /** Called once per scheduling pass with the people about to be scheduled, so a learner can read their segments in bulk. */
    default void prepare(Collection<PersonRef> people) { }

    /**
     * The channel of a step offering more than one, among {@code reachable} (those the person can receive, in the step's
     * order); with none reachable the step's own channel (the dispatcher then names why it cannot go).
     */
    default Channel channel(Enrolment enrolment, int stepIndex, Step step, List<Channel> reachable) {
        return reachable.isEmpty() ? step.channel() : reachable.get(0);
    }

    /**
     * When the touch is first tried: by default when the recipient's send window next opens from {@code now}.
     * {@code earliest} is {@code now}, or the start of the sender's next day when today's daily limit is reached.
     */
    default Instant firstTry(Enrolment enrolment, int stepIndex, Recipient recipient, SendWindow window, Instant now,
                             Instant earliest) {
        return window.nextOpen(now, recipient.zone());
    }
}
