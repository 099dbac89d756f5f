package com.nexuscrm.sync.wire;

/** Every error the server returns: a stable code and a sentence that says what to do. */
public record ApiError(String code, String message) { }
