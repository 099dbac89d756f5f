package com.nexuscrm.domain;

import java.util.Collection;

/**
 * Writes records of several types as one unit: every record is validated first, then all are saved (insert
 * or merge) in one local transaction, and so reach the outbox together as one change set. A failure saves
 * none of them. For use cases whose records must change together: logging an activity that stops a lead's
 * SLA clock, converting a lead, merging two records.
 */
public interface RecordWriter {
    void saveTogether(Collection<? extends SyncedRecord> records);
}
