package com.nexuscrm.ui.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.ui.common.Formats;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The attach dialog's deal picker: open deals by default, typed filter, duplicate names told apart. */
class DealPickerTest {
    private static DealOption deal(String name, String account, String closes, boolean closed) {
        return new DealOption(UUID.randomUUID(), name, account, LocalDate.parse(closes), closed);
    }

    @Test
    void openDealsByDefaultNarrowedByTypingWithDuplicateNamesToldApart() {
        List<DealOption> deals = new ArrayList<>(List.of(
                deal("Platform renewal", "Acme Robotics", "2027-03-12", false),
                deal("Platform renewal", "Globex", "2027-01-05", false),
                deal("Platform renewal", "Initech", "2026-06-30", true),
                deal("Analytics add-on", "Acme Robotics", "2027-02-01", false),
                deal("Old pilot", "Umbrella", "2026-01-10", true)));
        for (int i = 0; i < 3400; i++) {
            deals.add(deal("Bulk deal " + i, "Company " + i, "2027-05-01", i % 2 == 0));
        }
        DealPicker picker = new DealPicker(deals, new Formats(Locale.UK, ZoneOffset.UTC));
        assertEquals(DealPicker.SHOWN, picker.shown().size(), "never thousands in the list");

        picker.textProperty().set("renewal");
        assertEquals(List.of("Platform renewal · Acme Robotics · closes 12 Mar 2027",
                "Platform renewal · Globex · closes 5 Jan 2027"), labels(picker), "closed deals hidden by default");

        picker.includeClosedProperty().set(true);
        assertEquals("Platform renewal · Initech · closes 30 Jun 2026 (closed)", labels(picker).get(2));

        picker.textProperty().set("acme");
        assertEquals(List.of("Platform renewal · Acme Robotics · closes 12 Mar 2027", "Analytics add-on"), labels(picker),
                "matched by account too; a unique name needs no more");
    }

    private static List<String> labels(DealPicker picker) {
        return picker.shown().stream().map(Choice::label).toList();
    }
}
