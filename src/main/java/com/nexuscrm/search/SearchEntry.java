package com.nexuscrm.search;

import com.nexuscrm.domain.RecordRef;
import java.util.UUID;

/**
 * One searchable thing: a record, an activity, a call's transcript or a document's text.
 *
 * @param target the record that opens for it (an activity's deal, account, contact or lead); null when none
 * @param title  what a name match is made on (boosted most)
 * @param fields the other short fields: e-mail, company, industry, ... (boosted above the body)
 * @param body   long text: notes, an activity's body, a transcript, a document's text
 */
public record SearchEntry(SearchKind kind, UUID id, RecordRef target, String title, String fields, String body,
                          long updatedAt) {
    public SearchEntry {
        title = title == null ? "" : title;
        fields = fields == null ? "" : fields;
        body = body == null ? "" : body;
    }
}
