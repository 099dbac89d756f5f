package com.nexuscrm.ui.today;

import com.nexuscrm.usecase.TodayWork;
import java.util.UUID;

/** What the Today screen needs from the open workspace; both read or write the store (not on the FX thread). */
public interface TodaySource {
    /** The current user's queue as it stands now. */
    TodayWork load();

    /** Completes the task (done, with the time), as the task list's one key does. */
    void complete(UUID taskId);
}
