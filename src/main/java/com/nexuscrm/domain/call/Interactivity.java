package com.nexuscrm.domain.call;

/** How often the speaker changes: {@code switches} changes of side, {@code perMinute} of call time. */
public record Interactivity(int switches, double perMinute) {
}
