package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonTouch;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One person's campaign touches for {@link StoredTouches#historyOf}: one join over touch, enrolment and plan (the
 * {@code ix_campaign_enrolment_person} index finds the enrolments). A bounce is recorded on the enrolment, so the
 * last touch sent to an enrolment that ended BOUNCED is the bounced one.
 */
final class TouchHistoryQuery {
    private TouchHistoryQuery() { }

    private record Row(UUID id, UUID enrolment, String campaign, int step, Channel channel, TouchStatus status,
                       Instant replied, Instant clicked, Instant opened, Instant sent, Instant next, boolean bounceExit) { }

    static List<PersonTouch> of(WorkspaceStore store, UUID personId) {
        List<Row> rows = CampaignRows.list(store, "select t.id, t.enrolment_id, p.name, t.step_index, t.channel, t.status,"
                + " t.replied_at, t.clicked_at, t.opened_at, t.sent_at, t.next_attempt_at, e.exit_reason"
                + " from campaign_enrolment e join campaign_touch t on t.enrolment_id = e.id"
                + " join campaign_plan p on p.id = e.plan_id where e.person_id = ?", rs -> new Row(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getInt(4),
                Channel.valueOf(rs.getString(5)), TouchStatus.valueOf(rs.getString(6)), CampaignRows.instant(rs, 7),
                CampaignRows.instant(rs, 8), CampaignRows.instant(rs, 9), CampaignRows.instant(rs, 10),
                CampaignRows.instant(rs, 11), ExitReason.BOUNCED.name().equals(rs.getString(12))), personId);
        Map<UUID, Integer> lastSent = new HashMap<>();
        rows.stream().filter(r -> r.bounceExit() && r.status() == TouchStatus.SENT)
                .forEach(r -> lastSent.merge(r.enrolment(), r.step(), Math::max));
        List<PersonTouch> touches = new ArrayList<>();
        for (Row r : rows) {
            boolean bounced = r.bounceExit() && r.status() == TouchStatus.SENT && lastSent.get(r.enrolment()) == r.step();
            Instant at = first(r.replied(), r.clicked(), r.opened(), r.sent(), r.next());
            touches.add(new PersonTouch(r.id(), r.campaign(), r.step(), r.channel(),
                    PersonTouch.outcome(r.status(), r.replied(), r.clicked(), r.opened(), bounced), at));
        }
        touches.sort(Comparator.comparing(PersonTouch::at, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PersonTouch::stepIndex, Comparator.reverseOrder()));
        return touches;
    }

    private static Instant first(Instant... times) {
        for (Instant t : times) {
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
