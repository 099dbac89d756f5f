package com.nexuscrm.domain;

import java.math.BigDecimal;
import java.util.List;

/** {@link RecordRules} for a deal's buying group, line items and history. */
final class DealRules {
    static final int MAX_QUANTITY = 1_000_000;

    private DealRules() { }

    /** Whether the record is one of the deal's parts; then its rules were added. */
    static boolean check(List<FieldError> e, SyncedRecord record) {
        if (record instanceof DealContact c) {
            FieldRules.required(e, "dealId", c.getDealId());
            FieldRules.required(e, "contactId", c.getContactId());
            FieldRules.required(e, "role", c.getRole());
        } else if (record instanceof DealLineItem i) {
            lineItem(e, i);
        } else if (record instanceof DealChange c) {
            FieldRules.required(e, "dealId", c.getDealId());
            FieldRules.required(e, "changedAt", c.getChangedAt());
            FieldRules.required(e, "stage", c.getStage());
            FieldRules.amount(e, "amount", c.getAmount());
            FieldRules.plausibleDate(e, "closeDate", c.getCloseDate());
        } else {
            return false;
        }
        return true;
    }

    private static void lineItem(List<FieldError> e, DealLineItem i) {
        FieldRules.required(e, "dealId", i.getDealId());
        FieldRules.required(e, "product", i.getProduct());
        FieldRules.line(e, "product", i.getProduct(), RecordRules.LINE);
        if (i.getQuantity() < 1 || i.getQuantity() > MAX_QUANTITY) {
            e.add(new FieldError("quantity", "must be from 1 to " + MAX_QUANTITY));
        }
        FieldRules.required(e, "unitPrice", i.getUnitPrice());
        FieldRules.amount(e, "unitPrice", i.getUnitPrice());
        BigDecimal discount = i.getDiscountPercent();
        if (discount != null && (discount.signum() < 0 || discount.compareTo(BigDecimal.valueOf(100)) > 0)) {
            e.add(new FieldError("discountPercent", "must be from 0 to 100"));
        }
    }
}
