package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.EnrolmentRules;
import com.nexuscrm.domain.campaign.StepCondition;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.usecase.CampaignResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the Campaigns screen words a step's condition, a rate and an enum name. */
final class CampaignTexts {
    /** What a rate reads as when nothing was sent. */
    static final String NO_RATE = "–";

    private CampaignTexts() { }

    /** A condition's name in the step form's list; those that need a value end in "…". */
    static String kind(StepCondition.Kind k) {
        return switch (k) {
            case ALWAYS -> "Always";
            case OPENED_PREVIOUS -> "Opened the previous";
            case CLICKED_PREVIOUS -> "Clicked the previous";
            case REPLIED -> "Replied";
            case NO_REPLY -> "No reply yet";
            case SCORE_ABOVE -> "Score above…";
            case STAGE_IS -> "Stage is…";
            case CUSTOM_FILTER -> "Custom filter…";
        };
    }

    /** What the step form's value field asks for under a condition; "" when it needs none. */
    static String valuePrompt(StepCondition.Kind k) {
        return switch (k) {
            case SCORE_ABOVE -> "score, e.g. 60";
            case STAGE_IS -> "lead status, e.g. NURTURE";
            case CUSTOM_FILTER -> "e.g. country = DE and title contains VP";
            default -> "";
        };
    }

    static String condition(StepCondition c) {
        return switch (c.kind()) {
            case ALWAYS -> "Always";
            case OPENED_PREVIOUS -> "Opened the previous";
            case CLICKED_PREVIOUS -> "Clicked the previous";
            case REPLIED -> "Replied";
            case NO_REPLY -> "No reply yet";
            case SCORE_ABOVE -> "Score above " + c.scoreAbove();
            case STAGE_IS -> "Stage is " + c.stage();
            case CUSTOM_FILTER -> "If " + c.filter();
        };
    }

    /** How a plan enrols people: "Enrolled by hand." or its rules in words. */
    static String rules(CampaignPlan plan) {
        EnrolmentRules r = plan.rules();
        if (!r.any()) {
            return "Enrolled by hand (Leads ▸ Enrol in campaign).";
        }
        List<String> parts = new ArrayList<>();
        if (r.nurture()) {
            parts.add("leads routing puts in nurture");
        }
        if (r.scoreBelow() != null || r.scoreAtLeast() != null) {
            parts.add("open leads scored" + (r.scoreAtLeast() == null ? "" : " at least " + r.scoreAtLeast())
                    + (r.scoreBelow() != null && r.scoreAtLeast() != null ? " and" : "")
                    + (r.scoreBelow() == null ? "" : " below " + r.scoreBelow()));
        }
        if (r.audience()) {
            parts.add((plan.audience().ofContacts() ? "every contact in the contacts view '" : "every lead in the saved filter '")
                    + plan.audience().savedFilter() + "'");
        }
        return "Enrols by rule every minute while sending is on: " + String.join("; ", parts) + ".";
    }

    static String rate(Formats formats, Double rate) {
        return rate == null ? NO_RATE : formats.percent(rate);
    }

    /** "12% (8%–17%), leading": what the variant test has learnt of a variant's reply rate; empty for a single variant. */
    static String learnt(Formats formats, CampaignResults.VariantResult v) {
        if (v.learnt() == null) {
            return "";
        }
        return formats.percent(v.learnt().mean()) + " (" + formats.percent(v.learnt().low90()) + "–"
                + formats.percent(v.learnt().high90()) + ")" + (v.leading() ? ", leading" : "");
    }

    /** EXITED to "Exited", UNSUBSCRIBED to "Unsubscribed". */
    static String word(Enum<?> value) {
        if (value == null) {
            return "";
        }
        String s = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
