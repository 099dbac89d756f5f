package com.nexuscrm.server;

import com.nexuscrm.campaign.TrackingLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The team server signing the pixel and click links of the campaign emails it sends itself, at the base URL the team's
 * manager set (the address recipients' mail clients reach the server at). A link that cannot be tracked (not an
 * absolute http(s) URL, too long) stays as written.
 */
final class ServerTrackingLinks implements TrackingLinks {
    private final TrackingTokens tokens;
    private final UUID team;
    private final URI base;

    ServerTrackingLinks(TrackingTokens tokens, UUID team, String base) {
        this.tokens = tokens;
        this.team = team;
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
    }

    @Override
    public Tracked links(UUID touchId, List<String> urls) {
        List<String> clicks = new ArrayList<>(urls.size());
        for (String url : urls) {
            clicks.add(TrackingTokens.urlProblem(url) != null ? url : base.resolve("t/c/"
                    + tokens.sign(new TrackingTokens.Claim(team, touchId, TrackingTokens.Kind.CLICK, url))).toString());
        }
        String pixel = base.resolve("t/o/" + tokens.sign(new TrackingTokens.Claim(team, touchId, TrackingTokens.Kind.OPEN,
                null))).toString();
        return new Tracked(pixel, clicks);
    }
}
