package com.nexuscrm.ui.customers;

import com.nexuscrm.domain.RecordRef;
import java.util.UUID;

/** Small checks on the record a form shows. */
final class RecordRefs {
    private RecordRefs() { }

    /** Whether {@code shown} is the record with {@code id} (re-selecting it need not reload the form). */
    static boolean shows(RecordRef shown, UUID id) {
        return shown != null && shown.id().equals(id);
    }
}
