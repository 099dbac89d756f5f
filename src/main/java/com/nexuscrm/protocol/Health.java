package com.nexuscrm.protocol;

/** {@code GET /health}: whether the server and its database answer, and the schema versions it speaks. */
public record Health(String status, String database, int schemaVersion, int oldestSchemaVersion) { }
