package com.nexuscrm.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of an account's unified timeline as the store reads it.
 *
 * @param id     the record's id (the activity, ticket, deal, document or touch)
 * @param at     when it happened (a deal appears twice: created, and closed when it is)
 * @param title  the subject, ticket subject, deal name, document title or campaign name
 * @param state  a short word from the record: the activity's outcome, the ticket's priority and status, the deal's
 *               stage ("created" for the creation entry), the document's file name, the touch's channel and response
 */
public record HistoryEntry(HistoryKind kind, UUID id, Instant at, String title, String state) { }
