package com.nexuscrm.speech;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.call.Transcript;

/** Transcripts as JSON: between the worker and the app, and in the call recording's store row. */
public final class TranscriptCodec {
    static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private TranscriptCodec() { }

    public static String write(Transcript t) {
        try {
            return JSON.writeValueAsString(t);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Transcript read(String json) {
        try {
            return JSON.readValue(json, Transcript.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a transcript: " + e.getOriginalMessage(), e);
        }
    }
}
