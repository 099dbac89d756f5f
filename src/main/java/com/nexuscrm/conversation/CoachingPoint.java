package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.Evidence;
import java.util.List;

/**
 * One concrete thing to work on in a call, e.g. "You talked 68% of the time".
 *
 * @param area     what it is about: talk ratio, questions, monologue, patience, fillers, next steps, objections
 * @param message  the point in plain words, with the rep's figure, the research range and the team's figure
 * @param evidence the moments that show it
 */
public record CoachingPoint(String area, String message, List<Evidence> evidence) {
    public CoachingPoint {
        evidence = List.copyOf(evidence);
    }
}
