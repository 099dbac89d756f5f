package com.nexuscrm.sample;

/**
 * Customer segments by company size. Each has its own team, typical deal size, sales cycle and win rate;
 * these are the parameters of the deal outcome model (see {@link OutcomeModel}).
 */
enum Segment {
    SMB("SMB", 0, 200, 9_000, 25, 0.35, 2),
    MID_MARKET("Mid-Market", 200, 2_000, 38_000, 55, 0.0, 3),
    ENTERPRISE("Enterprise", 2_000, Integer.MAX_VALUE, 160_000, 110, -0.45, 5);

    private final String label;
    private final int minEmployees;
    private final int maxEmployees;
    private final double medianDealAmount;
    private final double medianCycleDays;
    private final double winBias;
    private final double typicalActivities;

    Segment(String label, int minEmployees, int maxEmployees, double medianDealAmount, double medianCycleDays,
            double winBias, double typicalActivities) {
        this.label = label;
        this.minEmployees = minEmployees;
        this.maxEmployees = maxEmployees;
        this.medianDealAmount = medianDealAmount;
        this.medianCycleDays = medianCycleDays;
        this.winBias = winBias;
        this.typicalActivities = typicalActivities;
    }

    String label() { return label; }
    double medianDealAmount() { return medianDealAmount; }
    double medianCycleDays() { return medianCycleDays; }
    double winBias() { return winBias; }
    double typicalActivities() { return typicalActivities; }

    static Segment of(int employees) {
        for (Segment s : values()) {
            if (employees >= s.minEmployees && employees < s.maxEmployees) {
                return s;
            }
        }
        return ENTERPRISE;
    }
}
