package com.nexuscrm.domain.campaign;

import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.FieldRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A campaign as its engine runs it: a name, a goal, an audience, the sender's address, its steps and its
 * {@link EnrolmentRules} (how leads join without a rep; {@link EnrolmentRules#MANUAL} when only by hand). (The synced
 * {@code domain.Campaign} row is the campaign's header in the shared model; this plan is local until campaigns sync.)
 */
public record CampaignPlan(UUID id, String name, String goal, Audience audience, String sender, String senderName,
                           List<Step> steps, EnrolmentRules rules) {
    public CampaignPlan {
        audience = audience == null ? Audience.MANUAL : audience;
        steps = steps == null ? List.of() : List.copyOf(steps);
        rules = rules == null ? EnrolmentRules.MANUAL : rules;
    }

    /** A plan people join by hand only. */
    public CampaignPlan(UUID id, String name, String goal, Audience audience, String sender, String senderName,
                        List<Step> steps) {
        this(id, name, goal, audience, sender, senderName, steps, EnrolmentRules.MANUAL);
    }

    public CampaignPlan withRules(EnrolmentRules newRules) {
        return new CampaignPlan(id, name, goal, audience, sender, senderName, steps, newRules);
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /**
     * Everything wrong with this plan, each naming where ("Step 2, variant B: unknown merge field {{fistName}};
     * known fields: ..."); the repository refuses to save a plan with any.
     */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || name.isBlank()) {
            errors.add(new FieldError("Name", "a campaign needs a name"));
        } else if (name.length() > 200) {
            errors.add(new FieldError("Name", "at most 200 characters"));
        }
        if (steps.stream().anyMatch(s -> s.channel() == Channel.EMAIL) && !FieldRules.isEmail(sender)) {
            errors.add(new FieldError("Sender", "'" + sender + "' is not a valid email address to send from"));
        }
        errors.addAll(rules.problems(audience));
        if (steps.isEmpty()) {
            errors.add(new FieldError("Steps", "a campaign needs at least one step"));
        }
        for (int i = 0; i < steps.size(); i++) {
            for (String problem : steps.get(i).problems(i)) {
                int colon = problem.indexOf(": ");
                errors.add(new FieldError(problem.substring(0, colon), problem.substring(colon + 2)));
            }
            if (i > 0 && steps.get(i).dayOffset() < steps.get(i - 1).dayOffset()) {
                errors.add(new FieldError("Step " + (i + 1), "its day offset is before the previous step's"));
            }
        }
        return errors;
    }
}
