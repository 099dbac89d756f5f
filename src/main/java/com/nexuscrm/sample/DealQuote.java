package com.nexuscrm.sample;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealLineItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What a deal sells: seats of the segment's plan at its list price per seat and year (discounted late in a deal),
 * optionally an onboarding package and premium support per seat. The amount is always the sum of the line items'
 * totals, so the two never disagree.
 */
record DealQuote(String plan, int listPrice, int onboarding, int supportPerSeat) {
    static final String ONBOARDING = "Onboarding package";
    static final String SUPPORT = "Premium support (per seat)";
    /** The id of line items made only to price a quote, never stored. */
    private static final UUID PRICING_ONLY = new UUID(0, 0);

    /** The line items for {@code seats} seats at {@code discountPercent} off the plan (whole percent, so totals are exact). */
    List<DealLineItem> items(Deal deal, int seats, int discountPercent, Supplier<UUID> ids) {
        List<DealLineItem> items = new ArrayList<>(3);
        items.add(item(deal, plan + " plan (per seat, annual)", seats, listPrice, discountPercent, ids));
        if (onboarding > 0) {
            items.add(item(deal, ONBOARDING, 1, onboarding, 0, ids));
        }
        if (supportPerSeat > 0) {
            items.add(item(deal, SUPPORT, seats, supportPerSeat, 0, ids));
        }
        return items;
    }

    /** The amount those line items add up to. */
    BigDecimal amount(int seats, int discountPercent) {
        return items(null, seats, discountPercent, () -> PRICING_ONLY).stream().map(DealLineItem::total)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static DealLineItem item(Deal deal, String product, int quantity, int unitPrice, int discount,
                                     Supplier<UUID> ids) {
        DealLineItem item = new DealLineItem(ids.get());
        item.setProduct(product);
        item.setQuantity(quantity);
        item.setUnitPrice(BigDecimal.valueOf(unitPrice));
        item.setDiscountPercent(discount == 0 ? null : BigDecimal.valueOf(discount));
        if (deal != null) {
            item.setDealId(deal.getId());
            item.setOwnerId(deal.getOwnerId());
            item.setTeamId(deal.getTeamId());
        }
        return item;
    }
}
