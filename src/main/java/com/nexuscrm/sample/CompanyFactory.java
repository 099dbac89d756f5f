package com.nexuscrm.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Builds the pool of companies that leads work at and accounts are made from. */
final class CompanyFactory {
    private final FakerPools pools;
    private final Addresses addresses;
    private final Draws draws;

    CompanyFactory(FakerPools pools, Addresses addresses, Draws draws) {
        this.pools = pools;
        this.addresses = addresses;
        this.draws = draws;
    }

    List<Company> build(int count) {
        return build(0, count);
    }

    /** {@code count} more companies, numbered from {@code first}. */
    List<Company> build(int first, int count) {
        List<Company> companies = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            companies.add(company(i));
        }
        return companies;
    }

    private Company company(int index) {
        Market market = Market.values()[draws.weightedIndex(Market.weights())];
        String name = pools.companyName(market);
        String industry = draws.chance(0.4) ? draws.pick(IdealCustomerProfile.TARGET_INDUSTRIES)
                : draws.pick(pools.industries());
        // Log-uniform-ish with a long tail: median ~150 people, about one in five above 2,000.
        int employees = (int) Math.round(Math.pow(10, 0.6 + 3.8 * Math.pow(draws.uniform(), 1.5)));
        double revenuePerEmployee = draws.logNormal(160_000, 0.45);
        BigDecimal revenue = BigDecimal.valueOf(Math.round(employees * revenuePerEmployee / 1000.0) * 1000L);
        List<String> stack = technologies();
        return new Company(index, name, addresses.domainFor(name, market), market,
                draws.pick(pools.market(market).cities()),
                pools.phone(market, draws), industry, employees, revenue, String.join(", ", stack),
                IdealCustomerProfile.companyFit(industry, employees, market, stack));
    }

    private List<String> technologies() {
        List<String> all = IdealCustomerProfile.TECHNOLOGIES;
        int count = draws.between(2, 5);
        List<String> stack = new ArrayList<>(count);
        while (stack.size() < count) {
            String tech = draws.pick(all);
            if (!stack.contains(tech)) {
                stack.add(tech);
            }
        }
        return stack;
    }
}
