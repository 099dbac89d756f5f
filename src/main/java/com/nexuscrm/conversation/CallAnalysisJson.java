package com.nexuscrm.conversation;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.DealCallSummary;
import com.nexuscrm.domain.call.Transcript;
import java.io.IOException;
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

    /**
     * The customer's overall sentiment in an analysis written by {@link #write(CallAnalysis)}, as
     * {@code readAnalysis(json).side(customerSide())} gives it, without reading the rest: a list of every account
     * reads hundreds of analyses for this one number. Null when the analysis has no such side.
     */
    public static Double customerSentiment(String json) {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("Not a valid CallAnalysis JSON: not an object");
            }
            Boolean stereo = null;
            java.util.Map<String, Double> bySpeaker = null;
            while ((stereo == null || bySpeaker == null) && p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if ("stereo".equals(field)) {
                    stereo = value == JsonToken.VALUE_TRUE;
                } else if ("sides".equals(field) && value == JsonToken.START_ARRAY) {
                    bySpeaker = new java.util.HashMap<>();
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        com.fasterxml.jackson.databind.JsonNode side = MAPPER.readTree(p);
                        bySpeaker.put(side.path("speaker").asText(), side.path("sentiment").asDouble());
                    }
                } else {
                    p.skipChildren();
                }
            }
            // both fields come first as written; the rest (utterances, findings) is never tokenised
            return bySpeaker == null ? null : bySpeaker.get((Boolean.TRUE.equals(stereo) ? com.nexuscrm.domain.call.Speaker.CUSTOMER
                    : com.nexuscrm.domain.call.Speaker.UNKNOWN).name());
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a valid CallAnalysis JSON: " + e.getMessage(), e);
        }
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
