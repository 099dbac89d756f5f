package com.nexuscrm.domain.campaign;

/** Where an enrolment is: running, through every step, or left early (with an {@link ExitReason}). */
public enum EnrolmentStatus { ACTIVE, COMPLETED, EXITED }
