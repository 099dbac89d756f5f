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
    /** The {@code workspace_meta} key of the variant-test switch: "off", or absent/"on". */
    static final String OPTIMISE_KEY = "campaign.optimise";

    private final WorkspaceMeta meta;

    public CampaignSending(Workspace workspace) {
        this.meta = workspace.store().meta();
    }

    /** The saved settings, or {@link CampaignSendingSettings#NONE} before the first save. */
    public CampaignSendingSettings load() {
        return meta.get(KEY).map(CampaignSending::read).orElse(CampaignSendingSettings.NONE);
    }

    /**
     * Whether steps with several variants learn which one works (Thompson sampling on the replies so far, one touch in
     * ten still split evenly): on unless turned off; off, every variant gets an even share.
     */
    public OptimisationSettings optimisation() {
        return meta.get(OPTIMISE_KEY).filter("off"::equals).isPresent() ? OptimisationSettings.uniform()
                : OptimisationSettings.on();
    }

    /** Turns the variant test's learning on or off from the next scheduled step on. */
    public void optimise(boolean on) {
        meta.put(OPTIMISE_KEY, on ? "on" : "off");
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
