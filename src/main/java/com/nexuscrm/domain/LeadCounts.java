package com.nexuscrm.domain;

/** Inbox counts for the Today screen. */
public record LeadCounts(long myOpen, long myNew, long unassignedOpen, long allOpen) { }
