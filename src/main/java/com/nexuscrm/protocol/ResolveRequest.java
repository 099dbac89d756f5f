package com.nexuscrm.protocol;

import java.util.List;

/** {@code POST /sync/conflicts/resolve}. */
public record ResolveRequest(List<Resolution> resolutions) { }
