package com.nexuscrm.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnMappingTest {
    @Test
    void leadHeadersAreMatchedByNameAndSynonym() {
        List<String> headers = List.of("ID", "First Name", "Surname", "E-mail", "Company Name", "Job Title",
                "Annual Revenue", "Company Size", "Lead Source", "STATUS", "Owner", "demo_requested", "Notes");
        ColumnMapping mapping = ColumnMapping.auto(RecordKind.LEADS, headers);
        assertEquals(Arrays.asList("id", "firstName", "lastName", "email", "company", "title", "annualRevenue",
                "employees", "source", "status", null, "demoRequested", null), fields(mapping, headers));
    }

    @Test
    void sameHeaderMeansTheKindsOwnField() {
        assertEquals(Optional.of("name"), ColumnMapping.auto(RecordKind.ACCOUNTS, List.of("Organization")).fieldFor("Organization"));
        assertEquals(Optional.of("company"), ColumnMapping.auto(RecordKind.LEADS, List.of("Organization")).fieldFor("Organization"));
        List<String> deal = List.of("Opportunity Name", "Amount", "Stage", "Close Date", "Currency Code", "Account");
        assertEquals(Arrays.asList("name", "amount", "stage", "closeDate", "currency", null),
                fields(ColumnMapping.auto(RecordKind.DEALS, deal), deal));
    }

    @Test
    void exactNameWinsOverSynonymAndEachFieldIsTakenOnce() {
        List<String> headers = List.of("Email Address", "email", "E-mail");
        assertEquals(Arrays.asList(null, "email", null), fields(ColumnMapping.auto(RecordKind.LEADS, headers), headers));
    }

    @Test
    void editingMovesAFieldToItsNewColumn() {
        ColumnMapping mapping = ColumnMapping.auto(RecordKind.LEADS, List.of("Email", "Private Mail"))
                .withField("Private Mail", "email");
        assertEquals(Optional.empty(), mapping.fieldFor("Email"));
        assertEquals(Optional.of("email"), mapping.fieldFor("Private Mail"));
        assertThrows(IllegalArgumentException.class, () -> mapping.withField("Email", "mail"));
    }

    @Test
    void columnsAreBoundToFileHeadersIgnoringCaseAndTheFirstRepeatWins() {
        ColumnMapping mapping = ColumnMapping.auto(RecordKind.LEADS, List.of("Last Name"));
        List<RecordField> columns = mapping.fieldsByColumn(List.of(" last name ", "Last Name", "x"));
        assertEquals(Arrays.asList("lastName", null, null),
                columns.stream().map(f -> f == null ? null : f.name()).toList());
    }

    private static List<String> fields(ColumnMapping mapping, List<String> headers) {
        return headers.stream().map(h -> mapping.fieldFor(h).orElse(null)).toList();
    }
}
