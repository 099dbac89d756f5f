package com.nexuscrm.campaign;

import java.util.List;
import java.util.UUID;

/**
 * Where a sent email's opens and clicks are counted: the team server signs, for one touch, a pixel URL and one click
 * URL per link of the body ({@code usecase.TeamTracking}). A workstation without a team server has none, and its
 * emails go out unchanged.
 */
public interface TrackingLinks {
    /** The touch's pixel URL and the click URL of each of {@code urls}, in order; transient failure when unreachable. */
    Tracked links(UUID touchId, List<String> urls) throws SendFailure;

    /** A touch's pixel and click URLs. */
    record Tracked(String pixel, List<String> clicks) {
        public Tracked {
            clicks = List.copyOf(clicks);
        }
    }
}
