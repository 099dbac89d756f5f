package com.nexuscrm.sample;

import com.nexuscrm.domain.Lead;

/**
 * A generated lead together with the hidden values it was drawn from: fit, intent and engagement in
 * log-odds units. The latents never reach the store; they drive the lead's outcome and its activities.
 */
record LeadProfile(Lead lead, Company company, double fit, double intent, double engagement) { }
