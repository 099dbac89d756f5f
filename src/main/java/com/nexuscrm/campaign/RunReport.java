package com.nexuscrm.campaign;

/** What one run did: touches scheduled, sent, retried later, postponed (quiet hours, limit), failed, cancelled. */
public record RunReport(int scheduled, int sent, int retried, int postponed, int failed, int cancelled) {
    public static final RunReport NONE = new RunReport(0, 0, 0, 0, 0, 0);

    public RunReport plus(RunReport o) {
        return new RunReport(scheduled + o.scheduled, sent + o.sent, retried + o.retried, postponed + o.postponed,
                failed + o.failed, cancelled + o.cancelled);
    }
}
