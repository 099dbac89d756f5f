package com.nexuscrm.protocol;

/** {@code POST /auth/login} body. */
public record LoginRequest(String email, String password) { }
