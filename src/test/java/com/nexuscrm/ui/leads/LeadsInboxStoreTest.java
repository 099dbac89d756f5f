package com.nexuscrm.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Team;
import com.nexuscrm.domain.User;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.WorkspaceMeta;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.Enrichments;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox over a real encrypted workspace, for what only the store shows: bulk changes captured in the sync
 * outbox. The rest of the inbox is tested over in-memory leads ({@link LeadsViewModelTest}).
 */
class LeadsInboxStoreTest {
    @TempDir
    Path dir;
    private WorkspaceStore store;
    private LeadsViewModel inbox;
    private User me;

    @BeforeEach
    void setUp() {
        store = WorkspaceStore.create(dir, "view-model-test".toCharArray());
        me = InboxFixture.rita();
        store.repository(Team.class).save(InboxFixture.east());
        store.repository(User.class).save(me);
        store.meta().put(WorkspaceMeta.CURRENT_USER, me.getId().toString());
        store.leads().saveAll(InboxFixture.leads(me));
        InboxFixture fixture = new InboxFixture();
        fixture.open(store.leads(), new StoredDirectory(store), Enrichments.of(store));
        inbox = fixture.inbox;
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    @Test
    void bulkAssignUpdatesRowsAndCapturesChanges() {
        inbox.filters().savedFilterProperty().set(SavedFilter.UNASSIGNED);
        List<LeadItem> selected = List.copyOf(inbox.visibleLeads().subList(0, 3));
        long before = store.outbox().size();
        inbox.assign(selected, me);
        assertEquals(9, inbox.visibleLeads().size());
        assertEquals(before + 3, store.outbox().size());
    }
}
