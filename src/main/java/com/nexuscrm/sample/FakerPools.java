package com.nexuscrm.sample;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Names, cities, phone prefixes, job functions and industries drawn once from seeded Datafaker instances
 * (one per {@link Market} locale) and then sampled with the generator's own random source. Datafaker
 * resolves expressions on every call (tens of microseconds each), far too slow for 100,000 leads, so
 * pools are filled up front; company names, needed once per company, are still drawn live.
 */
final class FakerPools {
    private final Map<Market, MarketPool> markets = new EnumMap<>(Market.class);
    private final List<String> industries;
    private final List<String> jobFunctions;

    /** Names and places of one market. */
    record MarketPool(Faker faker, List<String> firstNames, List<String> lastNames, List<String> cities,
                      List<String> phonePrefixes) { }

    FakerPools(long seed) {
        for (Market market : Market.values()) {
            Faker faker = new Faker(market.locale(), new Random(seed * 31 + market.ordinal()));
            markets.put(market, marketPool(faker, market));
        }
        Faker english = new Faker(Market.UNITED_STATES.locale(), new Random(seed * 31 + 97));
        industries = distinct(() -> english.company().industry(), 400);
        jobFunctions = distinct(() -> english.job().field(), 200);
    }

    private static MarketPool marketPool(Faker faker, Market market) {
        List<String> first = distinct(() -> faker.name().firstName(), 900);
        List<String> last = distinct(() -> faker.name().lastName(), 900);
        List<String> cities = distinct(() -> faker.address().city(), 120);
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < 400 && prefixes.size() < 60; i++) {
            PhoneNumbers.nationalDigits(faker.phoneNumber().phoneNumber(), market.callingCode())
                    .ifPresent(digits -> prefixes.add(digits.substring(0, digits.length() - 4)));
        }
        if (prefixes.isEmpty()) {
            throw new IllegalStateException("Datafaker gave no usable phone numbers for " + market.locale());
        }
        return new MarketPool(faker, first, last, cities, prefixes);
    }

    /** Up to {@code draws} calls, keeping the distinct values in first-seen order (deterministic). */
    private static List<String> distinct(Supplier<String> source, int draws) {
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < draws; i++) {
            values.add(source.get());
        }
        return List.copyOf(values);
    }

    MarketPool market(Market market) { return markets.get(market); }

    String companyName(Market market) { return markets.get(market).faker().company().name(); }

    /** Datafaker's industry list (LinkedIn's industry names). */
    List<String> industries() { return industries; }

    /** Datafaker's job fields: "Sales", "Marketing", "IT", ... */
    List<String> jobFunctions() { return jobFunctions; }

    /** A phone number in the market's format: a Datafaker prefix plus a random four-digit line. */
    String phone(Market market, Draws draws) {
        String prefix = draws.pick(markets.get(market).phonePrefixes());
        String line = String.format("%04d", draws.between(0, 9999));
        return PhoneNumbers.international(market.callingCode(), prefix + line);
    }
}
