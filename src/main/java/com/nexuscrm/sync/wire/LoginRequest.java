package com.nexuscrm.sync.wire;

/** {@code POST /auth/login} body. */
public record LoginRequest(String email, String password) { }
