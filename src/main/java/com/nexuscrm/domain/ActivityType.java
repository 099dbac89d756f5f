package com.nexuscrm.domain;

/** Kinds of logged activity. */
public enum ActivityType { CALL, EMAIL, MEETING, NOTE, TASK }
