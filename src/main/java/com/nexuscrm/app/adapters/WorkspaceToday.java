package com.nexuscrm.app.adapters;

import com.nexuscrm.domain.User;
import com.nexuscrm.ui.today.TodaySource;
import com.nexuscrm.usecase.LogActivity;
import com.nexuscrm.usecase.TodayQueue;
import com.nexuscrm.usecase.TodayWork;
import java.util.UUID;

/** The Today screen over the open workspace: the user's queue from {@link TodayQueue}, completion through {@link LogActivity}. */
public final class WorkspaceToday implements TodaySource {
    private final TodayQueue queue;
    private final LogActivity activities;
    private final User me;

    public WorkspaceToday(TodayQueue queue, LogActivity activities, User me) {
        this.queue = queue;
        this.activities = activities;
        this.me = me;
    }

    @Override
    public TodayWork load() {
        return queue.build(me);
    }

    @Override
    public void complete(UUID taskId) {
        activities.complete(taskId);
    }
}
