package com.nexuscrm.transfer;

import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.SyncedRecord;

/**
 * Where the transfer services find the repository of each record type. The workspace store fits it as
 * {@code store::repository}; the generic method means it takes a method reference, not a lambda.
 */
@FunctionalInterface
public interface Repositories {
    <T extends SyncedRecord> RecordRepository<T> repository(Class<T> type);
}
