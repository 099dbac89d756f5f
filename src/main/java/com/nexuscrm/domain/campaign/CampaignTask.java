package com.nexuscrm.domain.campaign;

import java.util.UUID;

/**
 * A voice or LinkedIn step as work for a rep: the touch it comes from (its id is the task's, so queueing it again finds
 * the same task), the person, who should do it when the person has no owner (the campaign's sender), and the words:
 * a subject such as "Call Jane Doe (Nurture, step 2)" and the script or message, merge fields filled in.
 */
public record CampaignTask(UUID touchId, PersonRef person, Channel channel, String sender, String subject,
                           String script) { }
