package com.nexuscrm.domain;

import java.time.Instant;
import java.util.UUID;

/** An attached document as an account's list shows it (the record only: its text stays in the vault). */
public record DocumentRow(UUID id, String title, String kind, String fileName, Long sizeBytes, Instant createdAt) { }
