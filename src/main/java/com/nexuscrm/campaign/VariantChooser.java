package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;

/** Picks the variant of a step an enrolment gets. The default splits enrolments evenly and stably by their id. */
@FunctionalInterface
public interface VariantChooser {
    VariantChooser EVEN_SPLIT = (enrolment, stepIndex, step) ->
            step.variants().get(Math.floorMod((enrolment.id().toString() + ":" + stepIndex).hashCode(), step.variants().size()));

    Template choose(Enrolment enrolment, int stepIndex, Step step);
}
