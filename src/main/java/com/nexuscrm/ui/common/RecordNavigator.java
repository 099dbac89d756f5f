package com.nexuscrm.ui.common;

import com.nexuscrm.domain.RecordRef;

/**
 * Opens a record where it lives: a lead in the Leads inbox, an account or contact under Customers, a deal
 * under Deals, with the record selected and its detail shown. Rows in Today, timelines and related lists
 * open their record through this, so no screen needs to know another screen's model.
 */
public interface RecordNavigator {
    void open(RecordRef ref);
}
