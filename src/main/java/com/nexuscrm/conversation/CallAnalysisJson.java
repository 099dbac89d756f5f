package com.nexuscrm.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.DealCallSummary;
import com.nexuscrm.domain.call.Transcript;
import com.nexuscrm.json.Json;

/**
 * JSON for transcripts, analyses and deal summaries (the stored and synced form, and {@code --json} output).
 * Plain Jackson over the records; instants as ISO-8601 text.
 */
public final class CallAnalysisJson {
    private static final ObjectMapper MAPPER = Json.mapper();

    private CallAnalysisJson() {
    }

    public static String write(CallAnalysis analysis) {
        return write((Object) analysis);
    }

    public static String write(Transcript transcript) {
        return write((Object) transcript);
    }

    public static String write(DealCallSummary summary) {
        return write((Object) summary);
    }

    /** Reads an analysis written by {@link #write(CallAnalysis)}; a malformed text gives IllegalArgumentException. */
    public static CallAnalysis readAnalysis(String json) {
        return read(json, CallAnalysis.class);
    }

    public static Transcript readTranscript(String json) {
        return read(json, Transcript.class);
    }

    public static DealCallSummary readSummary(String json) {
        return read(json, DealCallSummary.class);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a valid " + type.getSimpleName() + " JSON: " + e.getOriginalMessage(), e);
        }
    }
}
