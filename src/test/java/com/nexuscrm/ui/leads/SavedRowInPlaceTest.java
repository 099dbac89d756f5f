package com.nexuscrm.ui.leads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRow;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.routing.SalesFloor;
import com.nexuscrm.domain.routing.SlaClock;
import com.nexuscrm.scoring.RulesPrior;
import com.nexuscrm.testing.Enrichments;
import com.nexuscrm.testing.InMemoryDirectory;
import com.nexuscrm.testing.InMemoryLeads;
import com.nexuscrm.ui.common.DirectTaskExecutor;
import com.nexuscrm.ui.common.RecordingDialogs;
import com.nexuscrm.usecase.SaveLead;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A saved edit shows in its inbox row at once, title and score. Two ways it did not: the row had been refreshed in
 * place by the rescoring on open (the cells kept showing that refresh), and the form reopening the lead right after
 * saving made the save's rescoring stale, so the row was never told the new score. The scoring thread here is a
 * queue the test runs by hand, so the form's reload overtakes the rescoring as it does on a real machine.
 */
class SavedRowInPlaceTest {
    private final InMemoryLeads leads = new InMemoryLeads();
    private final Queue<Runnable> scoringThread = new ArrayDeque<>();
    private LeadsViewModel inbox;
    private LeadDetailViewModel detail;

    /** Scores by the rules prior plus the title's length, so a new title moves the score; stores it on the lead. */
    private final LeadScores scores = new LeadScores() {
        private final RulesPrior prior = new RulesPrior();

        @Override
        public LeadScore preview(Lead lead) {
            LeadScore base = prior.score(lead);
            int score = Math.min(99, 1 + (lead.getTitle() == null ? 0 : lead.getTitle().length()));
            return new LeadScore(score, base.probability(), base.fit(), base.intent(), base.engagement(), "test", List.of());
        }

        @Override
        public LeadScore rescore(Lead lead) {
            LeadScore score = preview(lead);
            Lead stored = leads.find(lead.getId()).orElseThrow();
            stored.setScore(score.score());
            leads.save(stored);
            return score;
        }

        @Override
        public List<String> warnings() {
            return List.of();
        }
    };

    @BeforeEach
    void setUp() {
        User me = InboxFixture.rita();
        var directory = InMemoryDirectory.of(me, InboxFixture.east());
        leads.saveAll(InboxFixture.leads(me));
        var tasks = new DirectTaskExecutor();
        var dialogs = new RecordingDialogs();
        var enrichment = Enrichments.of(leads);
        detail = new LeadDetailViewModel(leads, new SaveLead(leads, enrichment, scores, id -> { }), tasks, dialogs,
                new LeadScoreViewModel(scores, scoringThread::add, Runnable::run), enrichment);
        inbox = new LeadsViewModel(leads, me, directory.users(), tasks, dialogs, detail, new InboxFixture().savedViews,
                () -> new SlaClock(new SalesFloor(directory.users(), directory.teams(), ZoneId.of("UTC"))));
        inbox.load();
    }

    @Test
    void aSavedEditUpdatesItsRowAfterTheRescoringOnOpenRefreshedIt() {
        LeadItem item = inbox.visibleLeads().get(0);
        UUID id = item.row().id();
        rescoreInBackground(id, 7); // the rescoring on open changed this row; the inbox refreshes it in place
        inbox.refreshRows();
        assertEquals(Integer.valueOf(7), shown(id).score());

        inbox.open(item);
        runScoring();
        detail.form().titleProperty().set("Chief Revenue Officer");
        detail.save();
        runScoring();

        assertEquals("Chief Revenue Officer", shown(id).title());
        assertEquals(Integer.valueOf(22), shown(id).score(), "the score stored by the save, not the one from the refresh on open");
    }

    @Test
    void theNewScoreReachesTheRowEvenWhenTheFormReloadsFirst() {
        LeadItem item = inbox.visibleLeads().get(1);
        UUID id = item.row().id();
        inbox.open(item);
        runScoring();
        detail.form().titleProperty().set("VP Sales");
        detail.save(); // stores, queues the rescoring, then reopens the lead, which queues a newer score request
        runScoring();

        assertEquals("VP Sales", shown(id).title());
        assertEquals(Integer.valueOf(9), shown(id).score());
        assertEquals(Integer.valueOf(9), leads.row(id).score(), "stored");
    }

    private LeadRow shown(UUID id) {
        LeadItem item = inbox.allLeads().stream().filter(i -> i.row().id().equals(id)).findFirst().orElseThrow();
        return inbox.current(item.row());
    }

    private void rescoreInBackground(UUID id, int score) {
        Lead lead = leads.find(id).orElseThrow();
        lead.setScore(score);
        lead.setStatus(LeadStatus.NEW);
        leads.save(lead);
    }

    private void runScoring() {
        for (Runnable next; (next = scoringThread.poll()) != null; ) {
            next.run();
        }
    }
}
