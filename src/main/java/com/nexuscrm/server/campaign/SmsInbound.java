package com.nexuscrm.server.campaign;

import com.nexuscrm.campaign.InboundHandler;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Texts a team's recipients send back, taken from the gateway's webhook ({@link SmsRoutes}): each team has a random
 * token for its webhook URL ({@code campaign_sms_webhook}, V9), and each gateway message sid is taken once
 * ({@code campaign_sms_inbound}): a replay changes nothing. The text then goes to the engine's own
 * {@link InboundHandler#textReceived} over the team's ports: STOP and the other opt-out words suppress the person and
 * number on every channel and end their enrolments (pending touches cancelled), any other text is a reply that exits
 * the enrolment, kept by {@link ServerReplies} for the workstation's next best action like a mailed reply. All of
 * them reach the workstations in the hand-over's answer.
 */
final class SmsInbound {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,64}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What happened to one inbound text. */
    enum Outcome { MATCHED, UNMATCHED, REPLAYED }

    private final ServerCampaigns campaigns;

    SmsInbound(ServerCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The team whose webhook token this is; empty for anything else (a malformed token is not looked up). */
    Optional<UUID> team(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return TeamRows.list(ds(), "select team_id from campaign_sms_webhook where token = ?",
                rs -> rs.getObject(1, UUID.class), token).stream().findFirst();
    }

    /** The team's webhook token, made the first time it is asked for. */
    String token(UUID team) {
        Optional<String> kept = stored(team);
        if (kept.isPresent()) {
            return kept.get();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TeamRows.update(ds(), "insert into campaign_sms_webhook(team_id, token) select ?, ? where not exists"
                + " (select 1 from campaign_sms_webhook where team_id = ?)", team, token, team);
        return stored(team).orElseThrow();
    }

    private Optional<String> stored(UUID team) {
        return TeamRows.list(ds(), "select token from campaign_sms_webhook where team_id = ?", rs -> rs.getString(1), team)
                .stream().findFirst();
    }

    /** Takes one text once: a sid the team already took changes nothing. */
    Outcome take(UUID team, String sid, String from, String body) {
        if (!claim(team, sid)) {
            return Outcome.REPLAYED;
        }
        try {
            Optional<ScheduledTouch> touch = new InboundHandler(campaigns.ports(team), campaigns.clock(),
                    new ServerReplies(ds(), team, campaigns.clock())).textReceived(from, body, sid);
            Outcome outcome = touch.isPresent() ? Outcome.MATCHED : Outcome.UNMATCHED;
            TeamRows.update(ds(), "update campaign_sms_inbound set outcome = ? where team_id = ? and message_sid = ?",
                    outcome.name(), team, sid);
            return outcome;
        } catch (RuntimeException e) {
            // Not taken after all: the gateway's retry of this sid is handled afresh.
            TeamRows.update(ds(), "delete from campaign_sms_inbound where team_id = ? and message_sid = ?", team, sid);
            throw e;
        }
    }

    private boolean claim(UUID team, String sid) {
        try {
            return TeamRows.update(ds(), "insert into campaign_sms_inbound(team_id, message_sid, received_at, outcome)"
                    + " select ?,?,?,'TAKING' where not exists (select 1 from campaign_sms_inbound where team_id = ?"
                    + " and message_sid = ?)", team, sid, clock().instant(), team, sid) == 1;
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return false; // the same sid arrived twice at once; the other call takes it
            }
            throw e;
        }
    }

    private DataSource ds() {
        return campaigns.dataSource();
    }

    private Clock clock() {
        return campaigns.clock();
    }
}
