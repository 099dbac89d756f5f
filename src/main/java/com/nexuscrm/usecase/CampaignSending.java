package com.nexuscrm.usecase;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.nexuscrm.campaign.email.EmailSettings;
import com.nexuscrm.campaign.email.MailConnectionCheck;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.json.Json;
import com.nexuscrm.storage.WorkspaceMeta;
import java.util.List;

/**
 * Settings ▸ Campaigns: loads and saves {@link CampaignSendingSettings} in the workspace's own settings table
 * ({@code workspace_meta}, inside the encrypted H2 file, where the team server's token lives too; never a plain
 * file), and tests the SMTP and IMAP connections as typed. Saving checks every field first; nothing is half saved.
 */
public final class CampaignSending {
    /** The {@code workspace_meta} key the settings are kept under, as JSON. */
    static final String KEY = "campaign.sending";
    /**
     * The {@code workspace_meta} key of the optimiser's switch and floor: "on 10" (on, exploration floor 10 %) or "off 10";
     * "on" and "off" as an older version wrote them (the default floor); absent: off.
     */
    static final String OPTIMISE_KEY = "campaign.optimise";

    private final WorkspaceMeta meta;

    public CampaignSending(Workspace workspace) {
        this.meta = workspace.store().meta();
    }

    /** The saved settings, or {@link CampaignSendingSettings#NONE} before the first save. */
    public CampaignSendingSettings load() {
        return meta.get(KEY).map(CampaignSending::read).orElse(CampaignSendingSettings.NONE);
    }

    /** The highest exploration floor the settings take, as a share: half the touches. */
    public static final double MAX_FLOOR = 0.5;

    /**
     * Whether the runner learns the best send time, channel and variant (Thompson sampling on the replies so far, with
     * the exploration floor's share of touches still chosen at random): off until turned on in Settings ▸ Campaigns;
     * off, every touch goes as planned (the window's next open hour, the step's channel, an even split of variants).
     */
    public OptimisationSettings optimisation() {
        String stored = meta.get(OPTIMISE_KEY).orElse("off").strip();
        String[] parts = stored.split("\\s+");
        double floor = OptimisationSettings.DEFAULT_FLOOR;
        if (parts.length > 1) {
            try {
                double percent = Double.parseDouble(parts[1]);
                floor = percent >= 0 && percent <= MAX_FLOOR * 100 ? percent / 100 : floor;
            } catch (NumberFormatException e) {
                floor = OptimisationSettings.DEFAULT_FLOOR;
            }
        }
        return new OptimisationSettings("on".equals(parts[0]), floor, null);
    }

    /** Turns learning on or off from the next scheduled step on, keeping the exploration floor. */
    public void optimise(boolean on) {
        optimise(on, optimisation().explorationFloor());
    }

    /**
     * Turns learning on or off with an exploration floor (a share, 0 to {@link #MAX_FLOOR}).
     *
     * @throws ValidationException naming the "Exploration floor" field when it is outside 0-50 %; nothing is saved then
     */
    public OptimisationSettings optimise(boolean on, double floor) {
        if (!(floor >= 0 && floor <= MAX_FLOOR)) {
            throw new ValidationException(List.of(new FieldError("Exploration floor", "must be from 0 to 50 % (the share of"
                    + " touches still chosen at random), not " + (Double.isNaN(floor) ? "blank" : Math.round(floor * 1000) / 10.0 + " %") + ".")));
        }
        meta.put(OPTIMISE_KEY, (on ? "on " : "off ") + java.math.BigDecimal.valueOf(Math.round(floor * 1000) / 10.0).stripTrailingZeros().toPlainString());
        return new OptimisationSettings(on, floor, null);
    }

    /**
     * Saves the settings when every field is right.
     *
     * @throws ValidationException naming each wrong field; nothing is saved then
     */
    public CampaignSendingSettings save(CampaignSendingSettings settings) {
        List<FieldError> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            meta.put(KEY, Json.mapper().writeValueAsString(settings));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the campaign settings: " + e.getOriginalMessage(), e);
        }
        return settings;
    }

    /**
     * Connects and logs in to the SMTP server as typed (blocks up to 15 s); what worked.
     *
     * @throws ValidationException  when an SMTP field is wrong
     * @throws IllegalStateException saying which server could not be reached or refused, and what to check
     */
    public String testSmtp(CampaignSendingSettings settings) {
        return MailConnectionCheck.smtp(email(settings, settings.smtpProblems(), "SMTP host"));
    }

    /** Logs in to the IMAP server and opens its folder as typed; throws as {@link #testSmtp} does. */
    public String testImap(CampaignSendingSettings settings) {
        if (settings.imap().host().isEmpty()) {
            throw new ValidationException(List.of(new FieldError("IMAP host", "is empty: type the server replies are read"
                    + " from, e.g. imap.example.com.")));
        }
        EmailSettings email = email(settings, concat(settings.smtpProblems(), settings.imapProblems()), "IMAP host");
        return MailConnectionCheck.imap(email);
    }

    private static EmailSettings email(CampaignSendingSettings settings, List<FieldError> problems, String field) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return settings.email().orElseThrow(() -> new ValidationException(List.of(new FieldError("SMTP host",
                "is empty: type the mail server's name, e.g. smtp.example.com, before testing the " + field + "."))));
    }

    private static List<FieldError> concat(List<FieldError> a, List<FieldError> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static CampaignSendingSettings read(String json) {
        try {
            return Json.mapper().readValue(json, CampaignSendingSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The saved campaign settings cannot be read (" + e.getOriginalMessage()
                    + "): open Settings ▸ Campaigns and save them again.", e);
        }
    }
}
