package com.nexuscrm.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The formats every stored and wire JSON relies on: instants and dates as ISO text, durations as seconds
 * (Jackson's default, kept as stored), strict or lenient reading.
 */
class JsonTest {
    record Stamp(Instant at, LocalDate day, Duration took) { }

    private static final Stamp STAMP = new Stamp(Instant.parse("2024-05-01T09:30:00Z"), LocalDate.of(2024, 5, 1),
            Duration.ofSeconds(90));
    private static final String TEXT = "{\"at\":\"2024-05-01T09:30:00Z\",\"day\":\"2024-05-01\",\"took\":90.000000000}";

    @Test
    void writesJavaTimeAsIsoText() throws Exception {
        assertEquals(TEXT, Json.mapper().writeValueAsString(STAMP));
        assertEquals(TEXT, Json.lenient().writeValueAsString(STAMP));
        assertEquals(STAMP, Json.mapper().readValue(TEXT, Stamp.class));
    }

    @Test
    void theStandardMapperRejectsUnknownPropertiesAndTheLenientOneSkipsThem() throws Exception {
        String more = TEXT.replace("}", ",\"extra\":1}");
        assertThrows(UnrecognizedPropertyException.class, () -> Json.mapper().readValue(more, Stamp.class));
        assertEquals(STAMP, Json.lenient().readValue(more, Stamp.class));
    }

    @Test
    void theIndentedMapperWritesOnePropertyPerLine() throws Exception {
        String text = Json.indented().writeValueAsString(STAMP);
        assertTrue(text.contains("\n  \"at\" : \"2024-05-01T09:30:00Z\""), text);
        assertEquals(STAMP, Json.indented().readValue(text, Stamp.class));
    }

    @Test
    void eachCallIsANewMapperSoOneCallersSettingsStayItsOwn() {
        Json.mapper().enable(SerializationFeature.INDENT_OUTPUT);
        assertFalse(Json.mapper().isEnabled(SerializationFeature.INDENT_OUTPUT));
    }
}
