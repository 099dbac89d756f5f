package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldTypeTest {
    @Test
    void booleans() {
        for (String yes : new String[] {"yes", "YES", "true", "1", "y"}) {
            assertEquals(true, FieldType.BOOLEAN.parse(yes), yes);
        }
        for (String no : new String[] {"no", "False", "0", "N"}) {
            assertEquals(false, FieldType.BOOLEAN.parse(no), no);
        }
        assertThrows(IllegalArgumentException.class, () -> FieldType.BOOLEAN.parse("maybe"));
    }

    @Test
    void enumsByNameOrLabelIgnoringCase() {
        assertEquals(DealStage.CLOSED_WON, FieldType.DEAL_STAGE.parse("Closed won"));
        assertEquals(DealStage.CLOSED_WON, FieldType.DEAL_STAGE.parse("closed_won"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FieldType.DEAL_STAGE.parse("TV"));
        assertEquals("'TV' is not one of: Prospecting, Qualification, Proposal, Negotiation, Closed won, Closed lost",
                e.getMessage());
    }

    @Test
    void numbers() {
        assertEquals(new BigDecimal("1234567.89"), FieldType.DECIMAL.parse("1,234,567.89"));
        assertEquals(new BigDecimal("12.5"), FieldType.DECIMAL.parse("12,5"));
        assertEquals(new BigDecimal("-3"), FieldType.DECIMAL.parse("-3"));
        assertThrows(IllegalArgumentException.class, () -> FieldType.DECIMAL.parse("12 USD"));
        assertEquals(250, FieldType.INTEGER.parse("250"));
        assertThrows(IllegalArgumentException.class, () -> FieldType.INTEGER.parse("2.5"));
    }

    @Test
    void datesAndTimes() {
        assertEquals(Instant.parse("2024-05-31T00:00:00Z"), FieldType.INSTANT.parse("2024-05-31"));
        assertEquals(Instant.parse("2024-05-31T12:00:00Z"), FieldType.INSTANT.parse("2024-05-31T14:00:00+02:00"));
        assertEquals(Instant.parse("2024-05-31T14:00:00Z"), FieldType.INSTANT.parse("2024-05-31T14:00:00"));
        assertEquals(LocalDate.of(2024, 5, 31), FieldType.DATE.parse("2024-05-31"));
        assertThrows(IllegalArgumentException.class, () -> FieldType.DATE.parse("31/05/2024"));
    }

    @Test
    void idsOnlyInCanonicalForm() {
        assertThrows(IllegalArgumentException.class, () -> FieldType.ID.parse("1-1-1-1-1"));
        assertEquals("0190c3a2-7b1e-7c3d-8a4f-1e2d3c4b5a69",
                FieldType.ID.parse("0190C3A2-7B1E-7C3D-8A4F-1E2D3C4B5A69").toString());
    }
}
