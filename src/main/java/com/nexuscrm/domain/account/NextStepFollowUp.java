package com.nexuscrm.domain.account;

import com.nexuscrm.domain.ActivityType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a next step said in a call happened: a later activity of the account (after the call) whose subject shares
 * a key word with the step (a word of four letters or more that is not a common word, compared on its first five
 * letters so "send"/"sending" and "proposal"/"proposals" meet). A completed task, an email, a call or a meeting held
 * counts as done; an open task as planned; nothing matching as no sign of it.
 */
public final class NextStepFollowUp {
    private static final Set<String> COMMON = Set.of("will", "with", "that", "this", "then", "them", "they", "your",
            "have", "next", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "tomorrow", "today",
            "over", "from", "what", "just", "okay", "yeah", "sure", "also", "make", "send", "sent", "going", "lets",
            "let's", "could", "would", "should", "there", "their", "about", "after", "before", "call", "back");

    /** What became of a step, and the activity that shows it (empty for {@link State#NO_SIGN}). */
    public record Outcome(State state, Optional<AccountActivity> shownBy) { }

    public enum State { DONE, PLANNED, NO_SIGN }

    private NextStepFollowUp() { }

    public static Outcome of(String words, Instant callAt, List<AccountActivity> activities, Instant now) {
        Set<String> keys = keys(words);
        AccountActivity planned = null;
        for (AccountActivity a : activities) {
            if (!a.occurredAt().isAfter(callAt) || a.subject() == null || !shares(keys, keys(a.subject()))) {
                continue;
            }
            if (a.type() == ActivityType.TASK) {
                if (a.done()) {
                    return new Outcome(State.DONE, Optional.of(a));
                }
                planned = planned == null ? a : planned;
            } else if (a.type() != ActivityType.NOTE && !a.occurredAt().isAfter(now)) {
                return new Outcome(State.DONE, Optional.of(a));
            } else if (a.type() == ActivityType.MEETING) {
                planned = planned == null ? a : planned;
            }
        }
        return planned == null ? new Outcome(State.NO_SIGN, Optional.empty()) : new Outcome(State.PLANNED, Optional.of(planned));
    }

    static Set<String> keys(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}']+"))
                .filter(w -> w.length() >= 4 && !COMMON.contains(w))
                .map(w -> w.length() > 5 ? w.substring(0, 5) : w).collect(Collectors.toSet());
    }

    private static boolean shares(Set<String> a, Set<String> b) {
        return a.stream().anyMatch(b::contains);
    }
}
