package com.nexuscrm.domain;

/** Support ticket lifecycle. */
public enum TicketStatus { OPEN, PENDING, SOLVED, CLOSED }
