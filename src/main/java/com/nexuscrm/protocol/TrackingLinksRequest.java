package com.nexuscrm.protocol;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /tracking/links}: the touch a campaign email is about to be sent for and the http(s) links in its body;
 * the server answers the paths of its open pixel and of each link's click redirect, signed for the caller's team.
 */
public record TrackingLinksRequest(UUID touchId, List<String> urls) { }
