package com.nexuscrm.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.transfer.ImportException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any lead CSV as a training table: delimiter, types, placeholders, labels, drops and mapping. */
class CsvLeadsTest {
    @TempDir Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void infersTypesTreatsPlaceholdersAsMissingAndDropsIdentifiersAndConstants() throws Exception {
        StringBuilder text = new StringBuilder("Lead Id;Visits;Do Not Email;Created;Occupation;Channel;Won\n");
        for (int i = 0; i < 120; i++) {
            text.append("L").append(i).append(';').append(i % 7 == 0 ? "" : String.valueOf(i % 9)).append(';')
                    .append(i % 3 == 0 ? "Yes" : "No").append(';').append(String.format("2026-10-%02d", 1 + i % 28)).append(';')
                    .append(i % 5 == 0 ? "Select" : i % 2 == 0 ? "Student" : "Working").append(";web;")
                    .append(i % 4 == 0 ? "yes" : "no").append('\n');
        }
        CsvLeads.Loaded loaded = CsvLeads.read(csv("leads.csv", text.toString()), "won", null, List.of(), "asked");
        assertEquals(';', loaded.delimiter());
        Map<String, Column.Kind> kinds = loaded.table().columns().stream().collect(Collectors.toMap(Column::name, Column::kind));
        assertEquals(Map.of("Visits", Column.Kind.NUMBER, "Do Not Email", Column.Kind.FLAG, "Created", Column.Kind.NUMBER,
                "Occupation", Column.Kind.CATEGORY), kinds);
        assertTrue(loaded.dropped().get("Lead Id").contains("identifier"));
        assertTrue(loaded.dropped().get("Channel").contains("same value"));
        assertEquals(120, loaded.table().size());
        assertEquals(30, loaded.table().positives());
        int occupation = loaded.table().columns().stream().map(Column::name).toList().indexOf("Occupation");
        assertNull(loaded.table().rows().get(0)[occupation], "'Select' means missing");
        int created = loaded.table().columns().stream().map(Column::name).toList().indexOf("Created");
        assertEquals(27.0, loaded.table().rows().get(0)[created], "dates become days before the newest one");
    }

    @Test
    void labelsMayBeZeroOneYesNoOrTrueFalseAndOthersAreRefusedWithTheLine() throws Exception {
        Path file = csv("bad.csv", "size,converted\n10,true\n20,FALSE\n30,maybe\n");
        ImportException e = assertThrows(ImportException.class, () -> CsvLeads.read(file, "converted", null, List.of(), "asked"));
        assertTrue(e.getMessage().contains("bad.csv") && e.getMessage().contains("line 4") && e.getMessage().contains("maybe"),
                e.getMessage());
        ImportException missing = assertThrows(ImportException.class,
                () -> CsvLeads.read(file, "Outcome", null, List.of(), "asked"));
        assertTrue(missing.getMessage().contains("no column \"Outcome\"") && missing.getMessage().contains("size, converted"),
                missing.getMessage());
    }

    @Test
    void dropPatternsAndAMappingFileDecideColumnsAndFamilies() throws Exception {
        StringBuilder text = new StringBuilder("Score A,Score B,Region,Pages,label\n");
        for (int i = 0; i < 50; i++) {
            text.append(i).append(',').append(i * 2).append(',').append(i % 2 == 0 ? "EU" : "US").append(',')
                    .append(i % 6).append(',').append(i % 2).append('\n');
        }
        Path mapping = csv("map.txt", "# families\nRegion,intent\nPages,drop\n");
        CsvLeads.Loaded loaded = CsvLeads.read(csv("m.csv", text.toString()), "label", mapping, List.of("score*"), "asked");
        assertEquals(List.of("Region"), loaded.table().columns().stream().map(Column::name).toList());
        assertEquals(Family.INTENT, loaded.table().columns().get(0).family());
        assertEquals("asked", loaded.dropped().get("Score A"));
        Path badMapping = csv("bad-map.txt", "Region,somewhere\n");
        ImportException e = assertThrows(ImportException.class,
                () -> CsvLeads.read(dir.resolve("m.csv"), "label", badMapping, List.of(), "asked"));
        assertTrue(e.getMessage().contains("line 1") && e.getMessage().contains("fit, intent, engagement or drop"), e.getMessage());
    }
}
