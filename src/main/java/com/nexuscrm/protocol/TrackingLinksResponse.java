package com.nexuscrm.protocol;

import java.util.List;

/** The answer of {@code POST /tracking/links}: the pixel's path and one click path per requested URL, in order. */
public record TrackingLinksResponse(String open, List<String> clicks) { }
