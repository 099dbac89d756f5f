package com.nexuscrm.domain.campaign;

/**
 * Where an enrolment is: running, paused until a date (a reply said "not now" or "out of office"), through every step,
 * or left early (with an {@link ExitReason}).
 */
public enum EnrolmentStatus { ACTIVE, PAUSED, COMPLETED, EXITED }
