package com.nexuscrm.domain.deal;

/** The warnings {@link DealRisks} can raise; the last ones are about the deal's data rather than the customer. */
public enum RiskKind {
    GONE_QUIET("Gone quiet"), SINGLE_THREADED("Single-threaded"), NO_ECONOMIC_BUYER("No economic buyer"),
    STALLED("Stalled"), CLOSE_DATE_PUSHED("Close date pushed"), CLOSE_DATE_PASSED("Close date passed"),
    NEGATIVE_CALL("Negative last call"), COMPETITOR("Competitor mentioned"), AMOUNT_UNUSUAL("Amount far above usual"),
    STAGE_UNLISTED("Stage not in the picklist"), NO_AMOUNT("No amount"), NO_CLOSE_DATE("No close date");

    private final String label;

    RiskKind(String label) { this.label = label; }

    public String label() { return label; }

    /** A warning about the record's data (fix the record), not about the customer. */
    public boolean dataWarning() {
        return this == STAGE_UNLISTED || this == NO_AMOUNT || this == NO_CLOSE_DATE;
    }
}
