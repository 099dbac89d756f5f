package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.CampaignHistory;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes campaigns as they have run so far (the sample's): each plan through {@link StoredCampaignPlans} (so it is
 * validated as any plan), then its enrolments and touches in JDBC batches, one transaction per campaign.
 */
final class StoredCampaignHistory {
    private final WorkspaceStore store;

    StoredCampaignHistory(WorkspaceStore store) {
        this.store = store;
    }

    void save(List<CampaignHistory> campaigns, Instant at) {
        StoredCampaignPlans plans = new StoredCampaignPlans(store, Clock.fixed(at, java.time.ZoneOffset.UTC));
        for (CampaignHistory campaign : campaigns) {
            plans.save(campaign.plan());
            store.inJdbcTransaction(c -> {
                enrolments(c, campaign.enrolments(), at);
                touches(c, campaign);
            });
        }
    }

    private static void enrolments(Connection c, List<Enrolment> enrolments, Instant at) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into campaign_enrolment(id, plan_id, person_kind, person_id,"
                + " current_step, status, exit_reason, enrolled_at, updated_at) values (?,?,?,?,?,?,?,?,?)")) {
            for (Enrolment e : enrolments) {
                i.setObject(1, e.id());
                i.setObject(2, e.planId());
                i.setString(3, e.person().kind().name());
                i.setObject(4, e.person().id());
                i.setInt(5, e.currentStep());
                i.setString(6, e.status().name());
                i.setString(7, e.exitReason() == null ? null : e.exitReason().name());
                i.setTimestamp(8, Timestamp.from(e.enrolledAt()));
                i.setTimestamp(9, Timestamp.from(at));
                i.addBatch();
            }
            i.executeBatch();
        }
    }

    private static void touches(Connection c, CampaignHistory campaign) throws SQLException {
        try (PreparedStatement i = c.prepareStatement("insert into campaign_touch(id, enrolment_id, step_index, variant,"
                + " channel, status, attempts, next_attempt_at, sender, address, message_id, claimed_at, sent_at, replied_at,"
                + " last_error) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (ScheduledTouch t : campaign.touches()) {
                Instant replied = campaign.replies().get(t.id());
                i.setObject(1, t.id());
                i.setObject(2, t.enrolmentId());
                i.setInt(3, t.stepIndex());
                i.setString(4, t.variant());
                i.setString(5, t.channel().name());
                i.setString(6, t.status().name());
                i.setInt(7, t.attempts());
                i.setTimestamp(8, Timestamp.from(t.nextAttemptAt()));
                i.setString(9, t.sender());
                i.setString(10, t.address());
                i.setString(11, t.messageId());
                i.setTimestamp(12, t.sentAt() == null ? null : Timestamp.from(t.sentAt()));
                i.setTimestamp(13, t.sentAt() == null ? null : Timestamp.from(t.sentAt()));
                i.setTimestamp(14, replied == null ? null : Timestamp.from(replied));
                i.setString(15, t.lastError());
                i.addBatch();
            }
            i.executeBatch();
        }
    }
}
