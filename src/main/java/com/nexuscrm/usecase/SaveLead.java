package com.nexuscrm.usecase;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadEnrichment;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadScore;
import com.nexuscrm.domain.LeadScores;
import com.nexuscrm.domain.Progress;
import com.nexuscrm.domain.routing.Routable;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A lead saved from the form, and everything that follows: the lead is checked against {@code RecordRules}
 * and stored; a new one is enriched from the company directory first, because the model and the routing rules
 * read the fields it fills; then it is scored, and a lead that is still {@link Routable} is routed on that
 * score (owner, priority, SLA clock), so "score ≥ 80 → top performer in 5 minutes" holds for leads typed
 * in by hand as for imported and synced ones.
 *
 * <p>The form runs the two halves on different threads: {@link #store} on its task executor, and
 * {@link #rescore} beside the score panel, which also asks for what-if {@link #preview}s.
 */
public final class SaveLead implements LeadScores {
    private final LeadRepository leads;
    private final LeadEnrichment enrichment;
    private final LeadScores scoring;
    private final Consumer<UUID> route;

    /**
     * @param route routes one lead by id (routing checks {@link Routable} again in its own transaction)
     */
    public SaveLead(LeadRepository leads, LeadEnrichment enrichment, LeadScores scoring, Consumer<UUID> route) {
        this.leads = leads;
        this.enrichment = enrichment;
        this.scoring = scoring;
        this.route = route;
    }

    /**
     * Stores a form's draft of a lead that loaded with {@code loadedDoNotContact}: the stored "Do not contact" flag
     * stays unless the user changed the box (an unsubscribe or STOP meanwhile is not undone); the lead as stored.
     */
    public Lead storeEdited(Lead draft, boolean loadedDoNotContact, Progress progress) {
        return leads.saveEdited(draft, loadedDoNotContact);
    }

    /** Stores the draft (a new lead is enriched too) and returns the lead as stored. */
    public Lead store(Lead draft, boolean isNew, Progress progress) {
        Lead saved = leads.save(draft);
        if (!isNew) {
            return saved;
        }
        enrichment.enrich(List.of(saved.getId()), progress);
        return leads.find(saved.getId())
                .orElseThrow(() -> new IllegalStateException("Lead " + saved.getId() + " no longer exists"));
    }

    @Override
    public LeadScore preview(Lead lead) {
        return scoring.preview(lead);
    }

    /** Scores the stored lead and stores the score; routes it when it is still routable. */
    @Override
    public LeadScore rescore(Lead lead) {
        LeadScore score = scoring.rescore(lead);
        if (Routable.test(lead)) {
            route.accept(lead.getId());
        }
        return score;
    }

    @Override
    public List<String> warnings() {
        return scoring.warnings();
    }
}
