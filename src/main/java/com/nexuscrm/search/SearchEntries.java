package com.nexuscrm.search;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CallRecording;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Document;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.RecordRef;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What of each record is searched, and which record opens for it. */
public final class SearchEntries {
    private SearchEntries() { }

    public static SearchEntry of(Lead l) {
        return new SearchEntry(SearchKind.LEAD, l.getId(), RecordRef.lead(l.getId()), name(l.getFirstName(), l.getLastName()),
                join(l.getCompany(), l.getEmail(), l.getPhone(), l.getTitle(), l.getDomain(), l.getIndustry(), l.getCity(),
                        l.getCountry(), l.getSource(), l.getTechnologies()), l.getSearchTerms(), l.getUpdatedAt());
    }

    public static SearchEntry of(Contact c) {
        return new SearchEntry(SearchKind.CONTACT, c.getId(), RecordRef.contact(c.getId()), name(c.getFirstName(), c.getLastName()),
                join(c.getEmail(), c.getPhone(), c.getTitle()), "", c.getUpdatedAt());
    }

    public static SearchEntry of(Account a) {
        return new SearchEntry(SearchKind.ACCOUNT, a.getId(), RecordRef.account(a.getId()), a.getName(),
                join(a.getDomain(), a.getIndustry(), a.getCity(), a.getCountry(), a.getWebsite(), a.getPhone(), a.getTechnologies()),
                "", a.getUpdatedAt());
    }

    public static SearchEntry of(Deal d) {
        return new SearchEntry(SearchKind.DEAL, d.getId(), RecordRef.deal(d.getId()), d.getName(),
                join(d.getStage() == null ? null : d.getStage().label(), d.getLastCallCompetitors()),
                join(d.getWonReason(), d.getLostReason(), d.getLastCallObjections(), d.getLastCallSignals()), d.getUpdatedAt());
    }

    public static SearchEntry of(Activity a) {
        String type = a.getType() == null ? "" : a.getType().name().toLowerCase(java.util.Locale.ROOT);
        return new SearchEntry(SearchKind.ACTIVITY, a.getId(), target(a), a.getSubject(), join(type, a.getOutcome()),
                a.getBody(), a.getUpdatedAt());
    }

    /** The record an activity belongs to, the most specific first; null for one linked to nothing. */
    public static RecordRef target(Activity a) {
        if (a.getDealId() != null) {
            return RecordRef.deal(a.getDealId());
        }
        if (a.getAccountId() != null) {
            return RecordRef.account(a.getAccountId());
        }
        if (a.getContactId() != null) {
            return RecordRef.contact(a.getContactId());
        }
        return a.getLeadId() == null ? null : RecordRef.lead(a.getLeadId());
    }

    /**
     * A call, by the transcript the rep may read ({@code transcriptJson}: their own, or one a colleague shared);
     * empty when there is none, so nobody finds a call by words they could not read.
     */
    public static Optional<SearchEntry> of(CallRecording r, Optional<String> transcriptJson, RecordRef activityTarget) {
        if (transcriptJson.isEmpty()) {
            return Optional.empty();
        }
        String text;
        try {
            text = CallAnalysisJson.readTranscript(transcriptJson.get()).text();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        RecordRef target = r.getDealId() != null ? RecordRef.deal(r.getDealId()) : activityTarget;
        return Optional.of(new SearchEntry(SearchKind.CALL, r.getId(), target, "Call " + Objects.requireNonNullElse(r.getFileName(), ""),
                "", text, r.getUpdatedAt()));
    }

    /** A document, by its title, file name and (when this workstation has the file) its text. */
    public static SearchEntry of(Document d, Optional<String> text) {
        RecordRef target = d.getDealId() != null ? RecordRef.deal(d.getDealId())
                : d.getAccountId() != null ? RecordRef.account(d.getAccountId()) : null;
        String title = d.getTitle() == null || d.getTitle().isBlank() ? d.getFileName() : d.getTitle();
        return new SearchEntry(SearchKind.DOCUMENT, d.getId(), target, title, join(d.getFileName(), d.getKind()),
                text.orElse(""), d.getUpdatedAt());
    }

    private static String name(String first, String last) {
        return join(first, last);
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" · "));
    }

}
