package com.nexuscrm.domain;

import java.util.List;

/** {@link RecordRules} for campaigns and their steps, enrollments and touches, tickets, usage and documents. */
final class EngagementRules {
    private EngagementRules() { }

    static void check(List<FieldError> e, SyncedRecord record) {
        if (record instanceof Campaign c) {
            FieldRules.required(e, "name", c.getName());
            FieldRules.line(e, "name", c.getName(), RecordRules.LINE);
            FieldRules.line(e, "channel", c.getChannel(), 40);
            FieldRules.line(e, "status", c.getStatus(), 40);
            FieldRules.text(e, "goal", c.getGoal(), RecordRules.LIST);
        } else if (record instanceof CampaignStep s) {
            FieldRules.line(e, "channel", s.getChannel(), 40);
            FieldRules.line(e, "subject", s.getSubject(), 500);
            FieldRules.text(e, "body", s.getBody(), RecordRules.BODY);
            FieldRules.nonNegative(e, "stepOrder", s.getStepOrder());
            FieldRules.nonNegative(e, "delayHours", s.getDelayHours());
        } else if (record instanceof Enrollment n) {
            FieldRules.line(e, "status", n.getStatus(), 40);
            FieldRules.nonNegative(e, "currentStep", n.getCurrentStep());
        } else if (record instanceof Touch t) {
            FieldRules.line(e, "channel", t.getChannel(), 40);
        } else if (record instanceof SupportTicket t) {
            FieldRules.required(e, "accountId", t.getAccountId());
            FieldRules.required(e, "subject", t.getSubject());
            FieldRules.line(e, "subject", t.getSubject(), 500);
            if (t.getSatisfaction() != null && (t.getSatisfaction() < 1 || t.getSatisfaction() > 5)) {
                e.add(new FieldError("satisfaction", "must be from 1 to 5; leave it empty when the customer gave no rating"));
            }
        } else if (record instanceof ProductUsage u) {
            FieldRules.required(e, "accountId", u.getAccountId());
            FieldRules.required(e, "periodStart", u.getPeriodStart());
            FieldRules.nonNegative(e, "activeUsers", u.getActiveUsers());
            FieldRules.nonNegative(e, "seats", u.getSeats());
            FieldRules.nonNegative(e, "sessions", u.getSessions());
            if (!(u.getFeatureAdoption() >= 0 && u.getFeatureAdoption() <= 1)) {
                e.add(new FieldError("featureAdoption", "must be a share from 0 to 1"));
            }
        } else if (record instanceof Document d) {
            FieldRules.line(e, "title", d.getTitle(), 500);
            FieldRules.line(e, "kind", d.getKind(), 40);
            FieldRules.line(e, "fileName", d.getFileName(), 255);
            FieldRules.nonNegative(e, "sizeBytes", d.getSizeBytes());
        }
    }
}
