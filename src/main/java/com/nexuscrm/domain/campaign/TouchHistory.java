package com.nexuscrm.domain.campaign;

import java.util.List;
import java.util.UUID;

/** A lead's or contact's campaign touches across every plan and channel, for their timeline (port). */
public interface TouchHistory {
    /** Every touch of the person's enrolments, newest first; empty for someone never enrolled. */
    List<PersonTouch> historyOf(UUID personId);
}
