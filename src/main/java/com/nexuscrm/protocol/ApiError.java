package com.nexuscrm.protocol;

/** Every error the server returns: a stable code and a sentence that says what to do. */
public record ApiError(String code, String message) { }
