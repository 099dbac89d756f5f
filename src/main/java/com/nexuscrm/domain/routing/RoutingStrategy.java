package com.nexuscrm.domain.routing;

/** How a routing rule picks who works the lead. */
public enum RoutingStrategy {
    /** The available rep of the lead's segment with the best conversion rate over the last 90 days. */
    TOP_PERFORMER("Top performer"),
    /** The available rep of the segment who has had the fewest leads from the rotation (fair, persisted). */
    ROUND_ROBIN("Round robin"),
    /** Nobody yet: the lead waits in the SDR queue. */
    QUEUE("SDR queue");

    private final String label;

    RoutingStrategy(String label) { this.label = label; }

    public String label() { return label; }
}
