package com.nexuscrm.usecase;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.sample.SampleWorkspace;
import com.nexuscrm.storage.StoredDirectory;
import com.nexuscrm.storage.StoredSampleSink;
import com.nexuscrm.storage.StoredSla;
import com.nexuscrm.storage.WorkspaceStore;
import com.nexuscrm.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample workspace gives the user the window opens as something in every section of Today. */
class TodaySampleTest {
    @TempDir
    Path dir;

    @Test
    void theSampleOwnerHasWorkInEverySectionOfToday() {
        try (WorkspaceStore store = WorkspaceStore.create(dir, "today sample".toCharArray())) {
            new SampleWorkspace(42, SampleWorkspace.DEFAULT_REFERENCE_NOW).generate(new StoredSampleSink(store), 2000, Progress.NONE);
            StoredDirectory directory = new StoredDirectory(store);
            User me = directory.currentUser();
            Workspace workspace = Workspace.over(store);
            MutableClock clock = new MutableClock(SampleWorkspace.DEFAULT_REFERENCE_NOW.plus(Duration.ofHours(1)));
            TodayQueue queue = new TodayQueue(workspace.activities(), workspace.leads(), workspace.deals(), new StoredSla(store),
                    () -> new SlaClock(new SalesFloor(directory.users(), directory.teams(), ZoneId.of("UTC"))), clock, ZoneId.of("UTC"));
            TodayWork work = queue.build(me);
            assertFalse(work.tasks().isEmpty(), "tasks due today or overdue");
            assertTrue(work.tasks().stream().anyMatch(TodayWork.DueTask::overdue), "an overdue task");
            assertFalse(work.meetings().isEmpty(), "meetings today");
            assertFalse(work.callFirst().isEmpty(), "new leads to call");
            assertFalse(work.closingThisWeek().isEmpty(), "deals closing this week");
            assertFalse(work.goneQuiet().isEmpty(), "a deal gone quiet");
        }
    }
}
