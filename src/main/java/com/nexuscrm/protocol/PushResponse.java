package com.nexuscrm.protocol;

import java.util.List;

/** The result of each mutation of a push, in order. */
public record PushResponse(List<MutationResult> results) { }
