package com.nexuscrm.protocol;

import java.time.Instant;

/** A successful login: the bearer token, when it expires, and who it belongs to. */
public record LoginResponse(String token, Instant expiresAt, UserInfo user) { }
