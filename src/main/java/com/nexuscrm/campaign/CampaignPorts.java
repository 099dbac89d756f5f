package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.CampaignPlanRepository;
import com.nexuscrm.domain.campaign.ContactPolicy;
import com.nexuscrm.domain.campaign.EnrolmentRepository;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import com.nexuscrm.domain.campaign.TouchRepository;

/** The stores the campaign engine works on, all domain ports (storage implements them). */
public record CampaignPorts(CampaignPlanRepository plans, EnrolmentRepository enrolments, TouchRepository touches,
                           ContactPolicy policy, RecipientDirectory recipients) { }
