package com.nexuscrm.usecase;

import com.nexuscrm.campaign.CampaignPorts;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The step editor's work: the people a preview can be rendered for (the plan's enrolled people), the preview itself
 * ({@link Template#render} with the recipient's merge values and the sender's name), and saving one variant's
 * subject and body. Saving goes through the plan repository, which refuses a plan with problems (an unknown merge
 * field names the step, the variant and the field) and then saves nothing.
 */
public final class EditCampaignStep {
    /** Someone a preview can be rendered for. */
    public record Person(PersonRef ref, String name) { }

    private final CampaignPorts ports;

    public EditCampaignStep(CampaignPorts ports) {
        this.ports = ports;
    }

    /** Up to {@code limit} of the plan's enrolled people, by name. */
    public List<Person> people(UUID planId, int limit) {
        List<PersonRef> refs = ports.enrolments().forPlan(planId).stream().map(Enrolment::person).limit(limit).toList();
        Map<PersonRef, String> names = ports.recipients().names(refs);
        return refs.stream().filter(names::containsKey).map(r -> new Person(r, names.get(r)))
                .sorted(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Optional<Recipient> recipient(PersonRef person) {
        return ports.recipients().find(person);
    }

    /** The draft as {@code recipient} would get it (with no recipient, every field takes its fallback). */
    public static Template.Rendered preview(CampaignPlan plan, Template draft, Recipient recipient) {
        Map<String, String> values = recipient == null ? new HashMap<>() : new HashMap<>(recipient.mergeValues());
        values.put("senderName", plan.senderName());
        return draft.render(values);
    }

    /**
     * Saves the variant's new subject and body into the plan as stored now; returns the saved plan. Throws
     * {@link ValidationException} (nothing saved) when the plan would have a problem or is gone.
     */
    public CampaignPlan save(UUID planId, int stepIndex, String variant, String subject, String body) {
        CampaignPlan plan = ports.plans().find(planId).orElseThrow(() -> refused("Campaign",
                "it is no longer in this workspace; refresh the list"));
        if (stepIndex < 0 || stepIndex >= plan.steps().size()) {
            throw refused("Step " + (stepIndex + 1), "the campaign has no such step any more; refresh the list");
        }
        Step step = plan.step(stepIndex);
        List<Template> variants = new ArrayList<>();
        boolean found = false;
        for (Template t : step.variants()) {
            boolean mine = t.variant().equals(variant);
            found |= mine;
            variants.add(mine ? new Template(t.variant(), subject, body) : t);
        }
        if (!found) {
            throw refused("Step " + (stepIndex + 1), "it has no variant " + variant + " any more; refresh the list");
        }
        List<Step> steps = new ArrayList<>(plan.steps());
        steps.set(stepIndex, new Step(step.dayOffset(), step.channel(), step.condition(), variants, step.alternative()));
        CampaignPlan changed = new CampaignPlan(plan.id(), plan.name(), plan.goal(), plan.audience(), plan.sender(),
                plan.senderName(), steps, plan.rules());
        ports.plans().save(changed);
        return changed;
    }

    private static ValidationException refused(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }
}
