package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.DuplicateCandidates;
import com.nexuscrm.domain.DuplicateRules;
import com.nexuscrm.domain.DuplicateRules.LikelyDuplicate;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Likely duplicates ({@link DuplicateRules}) of a record about to be created, or of the rows an import just added.
 * Only warnings: the form asks before saving, the import lists them in its summary; nothing is refused.
 */
public final class FindDuplicates {
    private final DuplicateCandidates candidates;

    public FindDuplicates(DuplicateCandidates candidates) {
        this.candidates = candidates;
    }

    public FindDuplicates(Workspace workspace) {
        this(workspace.duplicateCandidates());
    }

    /** Existing leads the draft lead likely duplicates (the draft itself excluded if it is stored already). */
    public List<LikelyDuplicate> ofLead(Lead draft) {
        return ofPerson(DuplicateRules.of(draft));
    }

    public List<LikelyDuplicate> ofContact(Contact draft) {
        return ofPerson(DuplicateRules.of(draft));
    }

    public List<LikelyDuplicate> ofAccount(Account draft) {
        return DuplicateRules.companies(candidates.companies()).of(DuplicateRules.of(draft));
    }

    private List<LikelyDuplicate> ofPerson(DuplicateRules.Person p) {
        String domain = DuplicateRules.companyDomain(p.domain(), p.email());
        return DuplicateRules.people(candidates.peopleLike(p.ref().kind(), p.email(), domain)).of(p);
    }

    /**
     * Likely duplicates among the records of one kind with these ids (an import's new rows) and everything else of
     * that kind: each pair once.
     */
    public List<LikelyDuplicate> amongImported(RecordRef.Kind kind, Collection<UUID> ids) {
        if (ids.isEmpty() || kind == RecordRef.Kind.DEAL) {
            return List.of();
        }
        Set<UUID> imported = new HashSet<>(ids);
        List<LikelyDuplicate> found = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        if (kind == RecordRef.Kind.ACCOUNT) {
            List<DuplicateRules.Company> all = candidates.companies();
            DuplicateRules.Companies index = DuplicateRules.companies(all);
            all.stream().filter(c -> imported.contains(c.ref().id())).forEach(c -> keep(index.of(c), pairs, found));
        } else {
            List<DuplicateRules.Person> all = candidates.people(kind);
            DuplicateRules.People index = DuplicateRules.people(all);
            all.stream().filter(p -> imported.contains(p.ref().id())).forEach(p -> keep(index.of(p), pairs, found));
        }
        return found;
    }

    private static void keep(List<LikelyDuplicate> some, Set<String> pairs, List<LikelyDuplicate> into) {
        for (LikelyDuplicate d : some) {
            UUID a = d.of().id();
            UUID b = d.candidate().id();
            String pair = a.compareTo(b) < 0 ? a + "/" + b : b + "/" + a;
            if (pairs.add(pair)) {
                into.add(d);
            }
        }
    }
}
