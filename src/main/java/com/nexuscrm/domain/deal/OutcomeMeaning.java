package com.nexuscrm.domain.deal;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import java.util.Map;
import java.util.Optional;

/**
 * What an activity's outcome says about the customer, read through the team's activity-outcome list (so a renamed
 * or synonym outcome still counts) and then the built-in one (a team list saved before a value existed).
 */
public enum OutcomeMeaning {
    /** The rep spoke with the customer (a call connected, a meeting was booked, even "not interested"). */
    REACHED,
    /** The rep tried and nobody answered (voicemail, no answer, wrong number). */
    NOT_REACHED,
    /** The customer wrote back: an email from the customer. */
    REPLIED,
    /** A meeting that did not take place: the customer did not come, or it was cancelled. */
    NO_SHOW,
    /** No outcome given, or one that says none of the above. */
    UNKNOWN;

    private static final Map<String, OutcomeMeaning> BY_KEY = Map.of("Connected", REACHED, "Meeting booked", REACHED,
            "Not interested", REACHED, "Left voicemail", NOT_REACHED, "No answer", NOT_REACHED,
            "Wrong number", NOT_REACHED, "Replied", REPLIED, "No show", NO_SHOW);
    private static final Picklist BUILT_IN = Picklists.defaults(PicklistName.ACTIVITY_OUTCOME);

    /** The meaning of {@code outcome} under the team's list {@code team} (null: the built-in list). */
    public static OutcomeMeaning of(String outcome, Picklist team) {
        if (outcome == null || outcome.isBlank()) {
            return UNKNOWN;
        }
        Optional<PicklistValue> value = team == null ? Optional.empty() : team.match(outcome);
        OutcomeMeaning meaning = value.map(v -> BY_KEY.get(v.key())).orElse(null);
        if (meaning == null) {
            meaning = BUILT_IN.match(outcome).map(v -> BY_KEY.get(v.key())).orElse(null);
        }
        return meaning == null ? UNKNOWN : meaning;
    }
}
