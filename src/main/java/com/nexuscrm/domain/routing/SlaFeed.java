package com.nexuscrm.domain.routing;

import java.util.List;
import java.util.function.Consumer;

/** SLA events as they happen; screens subscribe while shown and release when hidden. */
public interface SlaFeed {
    /** Delivers each batch of new events (never empty) on the feed's callback executor; run the result to unsubscribe. */
    Runnable subscribe(Consumer<List<SlaEvent>> listener);
}
