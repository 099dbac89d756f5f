package com.nexuscrm.domain.campaign;

import com.nexuscrm.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * How leads join a campaign plan without a rep enrolling them (issue 17), checked at each scheduler tick by
 * {@code usecase.EnrolByRule}: every lead routing put in nurture ({@code nurture}), every open lead whose score is
 * below {@code scoreBelow} and/or at least {@code scoreAtLeast} (a lead without a score matches neither), and every
 * lead in the plan's audience (its saved filter). The rules are alternatives: a lead matching any one is enrolled.
 * {@link #MANUAL}: none, people are enrolled by hand only.
 */
public record EnrolmentRules(boolean nurture, Integer scoreBelow, Integer scoreAtLeast, boolean audience) {
    public static final EnrolmentRules MANUAL = new EnrolmentRules(false, null, null, false);

    public boolean any() {
        return nurture || scoreBelow != null || scoreAtLeast != null || audience;
    }

    /** Whether an open lead with this score (null: not scored) matches the score rule. */
    public boolean scoreMatches(Integer score) {
        if (score == null || scoreBelow == null && scoreAtLeast == null) {
            return false;
        }
        return (scoreBelow == null || score < scoreBelow) && (scoreAtLeast == null || score >= scoreAtLeast);
    }

    /** What is wrong with these rules for a plan with this audience, each naming the field. */
    public List<FieldError> problems(Audience audience) {
        List<FieldError> errors = new ArrayList<>();
        score("Score below", scoreBelow, errors);
        score("Score at least", scoreAtLeast, errors);
        if (scoreBelow != null && scoreAtLeast != null && scoreAtLeast >= scoreBelow) {
            errors.add(new FieldError("Score at least", "must be lower than 'Score below' (" + scoreBelow
                    + "), or no lead can match both"));
        }
        if (this.audience && (audience == null || audience.savedFilter() == null || audience.savedFilter().isBlank())) {
            errors.add(new FieldError("Audience", "choose a saved filter to enrol its leads"));
        }
        return errors;
    }

    private static void score(String field, Integer value, List<FieldError> errors) {
        if (value != null && (value < 0 || value > 100)) {
            errors.add(new FieldError(field, "a score is from 0 to 100, not " + value));
        }
    }
}
