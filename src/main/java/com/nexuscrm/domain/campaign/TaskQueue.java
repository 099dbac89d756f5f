package com.nexuscrm.domain.campaign;

/** Where voice and LinkedIn steps go: the rep's Today queue (the workstation's task activities). */
public interface TaskQueue {
    /**
     * Queues {@code task} once: a task already queued for the same touch is left as it is.
     *
     * @throws IllegalStateException when nobody can be given the task (the person has no owner and the sender is no
     *                               user), naming what to fix
     */
    void queue(CampaignTask task);
}
