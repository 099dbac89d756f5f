package com.nexuscrm.domain.routing;

/** A decision plus the round-robin rotation after it ({@code null} when no rotation was used). */
public record RoutingResult(RoutingDecision decision, RoundRobinState roundRobin) { }
