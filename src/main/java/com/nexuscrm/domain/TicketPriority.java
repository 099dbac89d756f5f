package com.nexuscrm.domain;

/** Support ticket priority. */
public enum TicketPriority { LOW, NORMAL, HIGH, URGENT }
