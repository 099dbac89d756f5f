package com.nexuscrm.server;

import com.nexuscrm.domain.Role;
import java.util.UUID;

/** Who is making a request, as proven by a token. */
public record Principal(UUID userId, String email, String displayName, Role role, UUID teamId) { }
