package com.nexuscrm.domain.routing;

/** Of the leads a rep was given in a period, how many converted. */
public record ConversionRate(int leads, int converted) {
    public static final ConversionRate NONE = new ConversionRate(0, 0);

    public double rate() {
        return leads == 0 ? 0 : (double) converted / leads;
    }

    /** "31% of 42 leads". */
    public String describe() {
        return Math.round(rate() * 100) + "% of " + leads + (leads == 1 ? " lead" : " leads");
    }
}
