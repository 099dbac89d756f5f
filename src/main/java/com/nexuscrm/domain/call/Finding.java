package com.nexuscrm.domain.call;

/**
 * One matched phrase in a call: a topic, an objection, a competitor, a buying signal or a tracker hit.
 *
 * @param label what was found: the topic or objection type, the competitor's name, the signal or the tracker's name
 */
public record Finding(String label, Evidence evidence) {
}
