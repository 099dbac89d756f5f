package com.nexuscrm.conversation;

import com.nexuscrm.domain.call.CallAnalysis;
import java.time.Instant;

/**
 * One analysed call of a rep, as {@link RepPerformance} reads it.
 *
 * @param won whether the call's deal was won; {@code null} while the deal is open or the call has none
 */
public record RepCall(String repId, CallAnalysis analysis, Instant callTime, Boolean won) {
}
