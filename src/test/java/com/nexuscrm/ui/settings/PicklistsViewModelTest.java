package com.nexuscrm.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.PicklistValue;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Settings → Picklists: edits reach the saved list (key kept on rename); a rep sees the lists read-only. */
class PicklistsViewModelTest {
    /** Lists in memory; refuses a list with problems the way the use case does. */
    private static final class MemoryLists implements PicklistSettings {
        final Map<PicklistName, Picklist> saved = new EnumMap<>(PicklistName.class);
        final boolean editable;

        MemoryLists(boolean editable) {
            this.editable = editable;
        }

        @Override
        public Picklist load(PicklistName name) { return saved.getOrDefault(name, Picklists.defaults(name)); }

        @Override
        public void save(Picklist list) {
            if (!list.problems().isEmpty()) {
                throw new IllegalArgumentException(String.join(" ", list.problems()));
            }
            saved.put(list.name(), list);
        }

        @Override
        public boolean editable() { return editable; }
    }

    @Test
    void renamesReordersDeactivatesAddsAndSetsAStageProbability() {
        MemoryLists lists = new MemoryLists(true);
        PicklistsViewModel model = new PicklistsViewModel(lists, new DirectTaskExecutor());
        model.load();
        model.rows().get(0).labelProperty().set("Web site");
        model.rows().get(0).synonymsProperty().set("Web, Online, Inbound");
        model.move(1, -1);
        model.rows().get(2).activeProperty().set(false);
        model.add("Podcast");
        model.save();
        List<PicklistValue> saved = lists.saved.get(PicklistName.LEAD_SOURCE).values();
        assertEquals("WEBINAR", saved.get(0).key());
        assertEquals(new PicklistValue("WEBSITE", "Web site", true, List.of("Web", "Online", "Inbound"), null, null), saved.get(1));
        assertFalse(saved.get(2).active());
        assertEquals("Podcast", saved.get(saved.size() - 1).label());
        assertTrue(model.noticeProperty().get().startsWith("Lead source saved"));

        model.listProperty().set(PicklistName.DEAL_STAGE);
        assertTrue(model.showsProbability());
        model.add("Pilot");
        assertEquals(6, model.rows().size());
        assertTrue(model.errorProperty().get().startsWith("Deal stages are fixed"));
        model.rows().get(1).probabilityProperty().set("30");
        model.save();
        assertEquals(30, lists.saved.get(PicklistName.DEAL_STAGE).values().get(1).probability());
        model.rows().get(1).probabilityProperty().set("lots");
        model.save();
        assertTrue(model.errorProperty().get().contains("use a whole number from 0 to 100"), model.errorProperty().get());
        model.rows().get(1).probabilityProperty().set("130");
        model.save();
        assertTrue(model.errorProperty().get().contains("use 0 to 100"), model.errorProperty().get());
        assertEquals(30, lists.saved.get(PicklistName.DEAL_STAGE).values().get(1).probability(), "a refused list stored nothing");
    }

    @Test
    void aRepSeesTheListsReadOnly() {
        MemoryLists lists = new MemoryLists(false);
        PicklistsViewModel model = new PicklistsViewModel(lists, new DirectTaskExecutor());
        model.load();
        assertFalse(model.editableProperty().get());
        assertTrue(model.noticeProperty().get().contains("read-only"));
        model.add("Podcast");
        model.save();
        assertEquals(Picklists.defaults(PicklistName.LEAD_SOURCE).values().size(), model.rows().size());
        assertNull(lists.saved.get(PicklistName.LEAD_SOURCE));
    }
}
