package com.nexuscrm.ui.calls;

import com.nexuscrm.conversation.MeetingTranscript;
import com.nexuscrm.conversation.MeetingTranscript.SpeakerShare;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A transcript read and waiting for the user to say who the rep is: the speaker suggested and why (remembered from
 * an earlier call, or the one who talked most).
 */
public record TranscriptChoice(MeetingTranscript transcript, String suggestedRep, String reason) {
    public List<SpeakerShare> speakers() {
        return transcript.speakers();
    }

    /** "Call with Marcus Lee, Priya Raman": everyone but the rep, the most talkative first. */
    public String subjectFor(String rep) {
        String others = speakers().stream().map(SpeakerShare::name).filter(n -> !n.equalsIgnoreCase(rep))
                .collect(Collectors.joining(", "));
        return others.isEmpty() ? "Call" : "Call with " + others;
    }

    /** "Dana Whitfield · 98 words (53%)". */
    public String describe(SpeakerShare s) {
        int all = speakers().stream().mapToInt(SpeakerShare::words).sum();
        return s.name() + " · " + s.words() + (s.words() == 1 ? " word" : " words")
                + (all == 0 ? "" : " (" + Math.round(100.0 * s.words() / all) + "%)");
    }
}
