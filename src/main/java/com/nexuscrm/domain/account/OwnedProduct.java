package com.nexuscrm.domain.account;

import java.math.BigDecimal;
import java.util.UUID;

/** A line item of one of the account's won deals: a product the account owns, with what it paid. */
public record OwnedProduct(UUID dealId, String product, int quantity, BigDecimal total) {

    /** Priced per seat: its name says so ("per seat"), so its total over its quantity is a price per seat. */
    public boolean perSeat() {
        return product != null && product.toLowerCase(java.util.Locale.ROOT).contains("seat") && quantity > 0;
    }
}
