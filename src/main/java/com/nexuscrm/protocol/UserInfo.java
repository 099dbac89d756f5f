package com.nexuscrm.protocol;

import java.util.UUID;

/** A user as the server describes it to clients. */
public record UserInfo(UUID id, String email, String displayName, String role, UUID teamId) { }
