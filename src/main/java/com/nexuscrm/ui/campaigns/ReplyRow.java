package com.nexuscrm.ui.campaigns;

import java.time.Instant;
import java.util.UUID;

/** One reply as the Replies tab shows it; {@code canDo}: its action waits for a person. */
public record ReplyRow(UUID id, Instant received, String receivedText, String person, String intent, String confidence,
                       String action, String status, String reason, String text, boolean canDo) { }
