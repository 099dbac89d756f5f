package com.nexuscrm.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one place that builds Jackson mappers. Every mapper writes instants and dates as ISO-8601 text
 * ({@code "2024-05-01T09:30:00Z"}, {@code "2024-05-01"}), never as numbers, and a {@code Duration} as
 * seconds ({@code 90.000000000}, Jackson's default), so the sync wire, the stored analyses, saved
 * filters and model cards keep one format. Each call returns a new mapper, so a caller that adds its
 * own settings changes nobody else's.
 */
public final class Json {
    private Json() { }

    /** The standard mapper: {@code java.time} registered, dates as ISO text; a property the target type lacks is an error. */
    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /**
     * {@link #mapper()} that skips properties the target type lacks: for a protocol between two builds
     * of the app (the transcription worker), where the newer side may send more than the older reads.
     */
    public static ObjectMapper lenient() {
        return mapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** {@link #mapper()} writing indented JSON: for files a person may open (model cards, registry state). */
    public static ObjectMapper indented() {
        return mapper().enable(SerializationFeature.INDENT_OUTPUT);
    }
}
