package com.nexuscrm.domain.call;

import java.time.Instant;
import java.util.UUID;

/** One line of the calls list: the recording, its call activity, its rep and its deal. */
public record CallRow(UUID recordingId, UUID activityId, String subject, Instant callAt, UUID repId, String repName,
                      UUID dealId, String dealName, String fileName, Integer durationSeconds, CallStatus status,
                      String statusDetail, boolean shared) {
}
