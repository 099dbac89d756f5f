package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.ValidationException;
import com.nexuscrm.storage.WorkspaceStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optimiser's switch and floor in the workspace: off by default, older values read, a floor over 50 % refused. */
class CampaignOptimisationSettingTest {
    @TempDir Path dir;

    @Test
    void offByDefaultSavedWithItsFloorAndOlderValuesRead() {
        try (WorkspaceStore store = WorkspaceStore.create(dir.resolve("ws"), "optimise pass".toCharArray())) {
            CampaignSending sending = new CampaignSending(Workspace.over(store));
            assertFalse(sending.optimisation().enabled(), "off until turned on: touches go as planned");
            assertEquals(0.10, sending.optimisation().explorationFloor(), 1e-9);

            sending.optimise(true, 0.25);
            assertTrue(sending.optimisation().enabled());
            assertEquals(0.25, sending.optimisation().explorationFloor(), 1e-9);
            sending.optimise(false);
            assertFalse(sending.optimisation().enabled());
            assertEquals(0.25, sending.optimisation().explorationFloor(), 1e-9, "the floor is kept");

            ValidationException refused = assertThrows(ValidationException.class, () -> sending.optimise(true, 0.6));
            assertTrue(refused.getMessage().contains("Exploration floor"), refused.getMessage());
            assertFalse(sending.optimisation().enabled(), "nothing saved");

            store.meta().put(CampaignSending.OPTIMISE_KEY, "on");
            assertTrue(sending.optimisation().enabled(), "an older 'on' still reads");
            assertEquals(0.10, sending.optimisation().explorationFloor(), 1e-9);
        }
    }
}
