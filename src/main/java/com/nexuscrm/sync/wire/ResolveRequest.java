package com.nexuscrm.sync.wire;

import java.util.List;

/** {@code POST /sync/conflicts/resolve}. */
public record ResolveRequest(List<Resolution> resolutions) { }
