package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.AudienceFilters;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Creates a campaign plan from the Campaigns screen and adds steps to one (issue 17). Everything is checked before
 * anything is stored: the plan's own {@code problems()}, a name another plan has, an audience naming no saved filter
 * of the leads list (or, for a contacts audience, no saved view of the contacts list);
 * a {@link ValidationException} names each field and nothing is saved.
 */
public final class CreateCampaign {
    private final CampaignPorts ports;
    private final AudienceFilters audiences;

    public CreateCampaign(CampaignPorts ports, AudienceFilters audiences) {
        this.ports = ports;
        this.audiences = audiences;
    }

    /** The leads list's saved filters an audience can name. */
    public List<String> audiences() {
        return audiences.names();
    }

    /** The contacts list's saved views a contacts audience can name. */
    public List<String> contactAudiences() {
        return audiences.contactNames();
    }

    /** The sender the newest plans use, for a new one; empty when there is none. */
    public String suggestedSender() {
        return ports.plans().all().stream().map(CampaignPlan::sender).filter(Objects::nonNull).findFirst().orElse("");
    }

    public CampaignPlan create(CampaignPlan plan) {
        List<FieldError> problems = new ArrayList<>(plan.problems());
        String filter = plan.audience().savedFilter();
        if (filter != null && !filter.isBlank() && plan.audience().ofContacts() && audiences.findContacts(filter).isEmpty()) {
            problems.add(new FieldError("Audience", "there is no saved view of the contacts list called '" + filter
                    + "'; save the view on the Customers screen's Contacts list first"));
        } else if (filter != null && !filter.isBlank() && !plan.audience().ofContacts() && audiences.find(filter).isEmpty()) {
            problems.add(new FieldError("Audience", "there is no saved filter called '" + filter
                    + "'; save the view on the Leads screen first"));
        }
        ports.plans().findByName(plan.name() == null ? "" : plan.name().strip())
                .ifPresent(other -> problems.add(new FieldError("Name", "another campaign is called '" + other.name() + "'")));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ports.plans().save(plan);
        return plan;
    }

    /** The plan with {@code step} added last; refused (naming "Step N") when the step is invalid or out of order. */
    public CampaignPlan addStep(UUID planId, Step step) {
        CampaignPlan plan = ports.plans().find(planId).orElseThrow(() -> new ValidationException(List.of(
                new FieldError("Campaign", "it is no longer in this workspace; refresh the list"))));
        List<Step> steps = new ArrayList<>(plan.steps());
        steps.add(step);
        CampaignPlan changed = new CampaignPlan(plan.id(), plan.name(), plan.goal(), plan.audience(), plan.sender(),
                plan.senderName(), steps, plan.rules());
        ports.plans().save(changed);
        return changed;
    }
}
