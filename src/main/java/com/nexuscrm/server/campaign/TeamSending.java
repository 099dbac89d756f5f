package com.nexuscrm.server.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.campaign.email.EmailSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A team's campaign sending on the server ({@code PUT /campaigns/settings}, a manager or admin): the daily limit per
 * sender, the email settings ({@link EmailSettings}: SMTP, the IMAP mailbox the server reads replies from, envelope
 * sender, unsubscribe address and URL), and optionally the SMS gateway ({@link TeamSms}). Kept as JSON in
 * {@code campaign_team_settings} (V6); passwords and the gateway's auth token never leave the server again.
 */
public record TeamSending(int dailyLimit, EmailSettings email, String trackingUrl, TeamSms sms) {
    /** Sending without open and click tracking. */
    public TeamSending(int dailyLimit, EmailSettings email) {
        this(dailyLimit, email, null, null);
    }

    /** Sending email only. */
    public TeamSending(int dailyLimit, EmailSettings email, String trackingUrl) {
        this(dailyLimit, email, trackingUrl, null);
    }

    /** Every wrong field, named as the request names it; empty when the settings can be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (dailyLimit < 1 || dailyLimit > 10_000) {
            problems.add("dailyLimit: must be from 1 to 10000 touches a day per sender, not " + dailyLimit);
        }
        if (email == null || email.smtp() == null || email.smtp().host() == null || email.smtp().host().isBlank()) {
            problems.add("email.smtp.host: the team's SMTP server is needed, e.g. smtp.example.com");
        } else if (email.smtp().port() < 1 || email.smtp().port() > 65_535) {
            problems.add("email.smtp.port: must be from 1 to 65535, not " + email.smtp().port());
        }
        problems.addAll(TeamMailbox.problems(email));
        if (trackingUrl != null && !trackingUrl.isBlank() && !trackingUrl.matches("https?://[^\\s/?#]+(:\\d+)?/?")) {
            problems.add("trackingUrl: the address recipients' mail clients reach this server at, e.g."
                    + " https://crm.example.com (scheme and host only), not '" + trackingUrl + "'");
        }
        if (sms != null) {
            problems.addAll(sms.problems());
        }
        return problems;
    }

    /** True when emails get a pixel and tracked links ({@code trackingUrl} set). */
    public boolean tracked() {
        return trackingUrl != null && !trackingUrl.isBlank();
    }

    static Optional<TeamSending> load(DataSource ds, ObjectMapper json, UUID team) {
        return TeamRows.list(ds, "select settings from campaign_team_settings where team_id = ?", rs -> rs.getString(1), team)
                .stream().findFirst().map(text -> {
                    try {
                        return json.readValue(text, TeamSending.class);
                    } catch (JsonProcessingException e) {
                        throw new IllegalStateException("The team's stored campaign settings are unreadable: "
                                + e.getOriginalMessage(), e);
                    }
                });
    }

    void save(DataSource ds, ObjectMapper json, UUID team, UUID by, Clock clock) {
        String text;
        try {
            text = json.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not write the campaign settings: " + e.getOriginalMessage(), e);
        }
        TeamRows.inTransaction(ds, c -> {
            int updated = TeamRows.update(c, "update campaign_team_settings set settings = ?, updated_by = ?, updated_at = ?"
                    + " where team_id = ?", text, by, clock.instant(), team);
            return updated == 1 ? 1 : TeamRows.update(c, "insert into campaign_team_settings(settings, updated_by, updated_at,"
                    + " team_id) values (?,?,?,?)", text, by, clock.instant(), team);
        });
    }

    /** The teams whose sending is set up: the ones the scheduler runs. */
    static List<UUID> teams(DataSource ds) {
        return TeamRows.list(ds, "select team_id from campaign_team_settings order by team_id", rs -> rs.getObject(1, UUID.class));
    }
}
