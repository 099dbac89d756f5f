package com.nexuscrm.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** A person's decision on a conflict: the field's value from now on, typed as the field is. */
public record Resolution(UUID conflictId, JsonNode value) { }
