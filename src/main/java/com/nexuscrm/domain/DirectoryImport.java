package com.nexuscrm.domain;

import java.time.Instant;

/**
 * Where the company directory came from: the file's name (the "source" each enriched field names), when it
 * was imported and how many companies it held.
 */
public record DirectoryImport(String fileName, Instant importedAt, int companies) { }
