package com.nexuscrm.sample;

import java.util.Locale;

/**
 * The countries the sample company sells into, with their share of leads. The locale picks Datafaker's
 * names, cities, company names and phone formats for that country; the calling code normalises phones.
 */
enum Market {
    UNITED_STATES("United States", Locale.US, "1", "com", 52, true, "America/New_York"),
    UNITED_KINGDOM("United Kingdom", Locale.UK, "44", "co.uk", 11, true, "Europe/London"),
    CANADA("Canada", Locale.CANADA, "1", "ca", 7, true, "America/Toronto"),
    GERMANY("Germany", Locale.GERMANY, "49", "de", 9, false, "Europe/Berlin"),
    FRANCE("France", Locale.FRANCE, "33", "fr", 6, false, "Europe/Paris"),
    NETHERLANDS("Netherlands", Locale.forLanguageTag("nl-NL"), "31", "nl", 5, false, "Europe/Amsterdam"),
    AUSTRALIA("Australia", Locale.forLanguageTag("en-AU"), "61", "com.au", 6, false, "Australia/Sydney"),
    SPAIN("Spain", Locale.forLanguageTag("es-ES"), "34", "es", 4, false, "Europe/Madrid");

    private final String country;
    private final Locale locale;
    private final String callingCode;
    private final String topLevelDomain;
    private final int weight;
    private final boolean core;
    private final String timeZone;

    Market(String country, Locale locale, String callingCode, String topLevelDomain, int weight, boolean core,
           String timeZone) {
        this.country = country;
        this.locale = locale;
        this.callingCode = callingCode;
        this.topLevelDomain = topLevelDomain;
        this.weight = weight;
        this.core = core;
        this.timeZone = timeZone;
    }

    String country() { return country; }
    Locale locale() { return locale; }
    String callingCode() { return callingCode; }
    String topLevelDomain() { return topLevelDomain; }
    /** Core markets have local reps, references and a localised product: they convert better. */
    boolean core() { return core; }
    String timeZone() { return timeZone; }

    static double[] weights() {
        Market[] all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight;
        }
        return weights;
    }
}
