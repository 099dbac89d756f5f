package com.nexuscrm.sample;

/**
 * How senior a lead's job title is. Titles are built from a seniority and a job function taken from
 * Datafaker (e.g. "VP of Sales", "Marketing Manager"); buying power feeds the fit score.
 */
enum Seniority {
    C_LEVEL(4, 0.45) {
        @Override
        String title(String function) {
            return switch (function) {
                case "Sales" -> "Chief Revenue Officer";
                case "Marketing" -> "Chief Marketing Officer";
                case "IT", "Technology" -> "Chief Technology Officer";
                case "Accounting", "Banking" -> "Chief Financial Officer";
                default -> "Chief Operating Officer";
            };
        }
    },
    VP(10, 0.6) {
        @Override
        String title(String function) { return "VP of " + function; }
    },
    DIRECTOR(18, 0.4) {
        @Override
        String title(String function) { return "Director of " + function; }
    },
    MANAGER(30, 0.1) {
        @Override
        String title(String function) { return function + " Manager"; }
    },
    INDIVIDUAL(38, -0.5) {
        @Override
        String title(String function) { return function + " Specialist"; }
    };

    private final double weight;
    private final double fit;

    Seniority(double weight, double fit) {
        this.weight = weight;
        this.fit = fit;
    }

    abstract String title(String function);

    /** Contribution to the fit score: who can sign, and who can champion. */
    double fit() { return fit; }

    static double[] weights() {
        Seniority[] all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].weight;
        }
        return weights;
    }
}
