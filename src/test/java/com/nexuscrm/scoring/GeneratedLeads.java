package com.nexuscrm.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small labelled tables with a known cause: conversion rises with pricing visits, a demo request and the
 * "Referral" source, falls with company size "tiny", and ignores the noise column. Seeded, so every run
 * sees the same rows.
 */
final class GeneratedLeads {
    static final List<Column> COLUMNS = List.of(
            new Column("pricingVisits", "Pricing visits", Family.INTENT, Column.Kind.NUMBER),
            new Column("demo", "Demo", Family.INTENT, Column.Kind.FLAG),
            new Column("source", "Source", Family.INTENT, Column.Kind.CATEGORY),
            new Column("size", "Size", Family.FIT, Column.Kind.CATEGORY),
            new Column("opens", "Opens", Family.ENGAGEMENT, Column.Kind.NUMBER),
            new Column("noise", "Noise", Family.FIT, Column.Kind.NUMBER));

    private GeneratedLeads() { }

    static LabelledTable table(int rows, long seed) {
        Random random = new Random(seed);
        String[] sources = {"Referral", "Website", "Outbound", "Event"};
        String[] sizes = {"tiny", "small", "mid", "large"};
        List<Object[]> data = new ArrayList<>();
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            double visits = Math.floor(random.nextDouble() * random.nextDouble() * 8);
            boolean demo = random.nextDouble() < 0.25;
            String source = sources[random.nextInt(sources.length)];
            String size = sizes[random.nextInt(sizes.length)];
            double opens = Math.floor(random.nextDouble() * 12);
            double logit = -2.2 + 0.55 * visits + 1.4 * (demo ? 1 : 0) + ("Referral".equals(source) ? 1.0 : 0)
                    - ("tiny".equals(size) ? 1.2 : 0) + 0.08 * opens;
            labels[i] = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
            data.add(new Object[] {random.nextDouble() < 0.05 ? null : visits, demo, source, size, opens, random.nextGaussian()});
        }
        return new LabelledTable(COLUMNS, data, labels, "generated");
    }
}
