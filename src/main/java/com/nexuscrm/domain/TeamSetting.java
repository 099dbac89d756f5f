package com.nexuscrm.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.UUID;

/**
 * One setting a team shares (a picklist, routing rules, SLA settings), synced like every record: only an
 * admin or a manager of the team may change it on the team server, reps read it. {@code content} is JSON.
 * Its id follows from team and name ({@link #idFor}), so two managers creating the same setting offline
 * produce one record (the second insert is refused, its next pull brings the first), never two.
 */
@Entity
@Table(name = "team_setting")
public class TeamSetting extends SyncedRecord {
    /** Larger than any sensible picklist or rule set; a bigger value is refused. */
    public static final int MAX_CONTENT = 64_000;
    /** The team's currency ({@link CurrencyCode}): amounts without a currency of their own are in it. */
    public static final String WORKSPACE_CURRENCY = "workspace.currency";
    /** The team's exchange rates into its currency, for sums over deals in several currencies (the forecast). */
    public static final String EXCHANGE_RATES = "workspace.currency.rates";
    /** The settings besides the picklists ({@link PicklistName#settingName()}). */
    public static final Set<String> OTHER_NAMES = Set.of("routing.rules", "sla", WORKSPACE_CURRENCY, EXCHANGE_RATES);

    private String name;
    private String content;

    public TeamSetting() { }

    public TeamSetting(UUID teamId, String name, String content) {
        super(idFor(teamId, name));
        setTeamId(teamId);
        this.name = name;
        this.content = content;
    }

    /** The one id of a team's setting. */
    public static UUID idFor(UUID teamId, String name) {
        return UUID.nameUUIDFromBytes(("team-setting:" + teamId + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    public static boolean isKnownName(String name) {
        return OTHER_NAMES.contains(name) || PicklistName.ofSetting(name).isPresent()
                || com.nexuscrm.domain.deal.ForecastAdjustments.isSettingName(name);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
}
