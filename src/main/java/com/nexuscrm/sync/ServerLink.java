package com.nexuscrm.sync;

import java.net.URI;
import java.util.UUID;

/** The team server a workspace syncs with, and whose login it uses. */
public record ServerLink(URI server, String email, UUID userId, String displayName) { }
