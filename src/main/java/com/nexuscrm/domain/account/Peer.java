package com.nexuscrm.domain.account;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * Another account as the upsell's neighbour search sees it: firmographics, its latest usage month (null when it has
 * none) and what it paid for each product it owns (summed over its won deals).
 */
public record Peer(UUID accountId, String name, String industry, Integer employees, BigDecimal annualRevenue,
                   Integer seats, Integer activeUsers, Map<String, BigDecimal> products) {
    public Peer {
        products = Map.copyOf(products);
    }
}
