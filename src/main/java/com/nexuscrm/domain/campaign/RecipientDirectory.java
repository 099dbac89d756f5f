package com.nexuscrm.domain.campaign;

import java.util.Optional;

/** Reads the lead or contact a campaign reaches (port; {@code storage.StoredCampaignRecipients}). */
public interface RecipientDirectory {
    Optional<Recipient> find(PersonRef person);
}
