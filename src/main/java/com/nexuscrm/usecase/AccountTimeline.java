package com.nexuscrm.usecase;

import com.nexuscrm.conversation.CallAnalysisJson;
import com.nexuscrm.documents.DocumentVault;
import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountContactRow;
import com.nexuscrm.domain.AccountTimelineSource;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DealSummary;
import com.nexuscrm.domain.DocumentRow;
import com.nexuscrm.domain.FileProblems;
import com.nexuscrm.domain.HistoryEntry;
import com.nexuscrm.domain.HistoryKind;
import com.nexuscrm.domain.HistoryRange;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.TicketSummary;
import com.nexuscrm.domain.UsageMonth;
import com.nexuscrm.domain.call.ActionItem;
import com.nexuscrm.domain.call.CallAnalysis;
import com.nexuscrm.domain.call.DealCallSummary;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * What the account 360 view reads: the account with its related lists, its contacts' roles and last contact, usage,
 * documents, the timeline's counts per kind and its first page ({@link #open}); then further pages or another
 * filter ({@link #page}); and a document's text for its preview. Each is a few narrow, indexed queries, so an
 * account with years of history opens as fast as a new one. Call entries carry their analysis in words
 * (customer sentiment, objections, next steps).
 */
public final class AccountTimeline {
    /** The timeline's page: what opening reads first and each further scroll reads. */
    public static final int PAGE = 100;

    /** One line of the unified timeline; {@code open} is the record to go to, or null when it opens in place. */
    public record Entry(HistoryKind kind, UUID id, Instant at, String title, String detail, RecordRef open) { }

    /** A page of entries and the counts per kind of the whole filtered timeline. */
    public record Page(List<Entry> entries, Map<HistoryKind, Long> counts) {
        public long total() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Everything the view shows when an account opens. */
    public record Opened(Account account, List<ContactRow> contacts, List<AccountContactRow> relations,
                         List<DealSummary> deals, List<TicketSummary> tickets, List<UsageMonth> usage,
                         List<DocumentRow> documents, Page firstPage) { }

    private final AccountRepository accounts;
    private final AccountTimelineSource history;
    private final Workspace workspace;

    public AccountTimeline(Workspace workspace) {
        this.workspace = workspace;
        this.accounts = workspace.store().accounts();
        this.history = workspace.accountTimeline();
    }

    /** Reads the account and all its parts; fails with a sentence when the account is gone. */
    public Opened open(UUID accountId, HistoryRange range, int pageSize) {
        Account account = accounts.find(accountId).filter(a -> !a.isDeleted()).orElseThrow(() -> new IllegalStateException(
                "This account was deleted (perhaps on another workstation). Reload the list to see the current accounts."));
        return new Opened(account, accounts.contacts(accountId), history.contacts(accountId), accounts.deals(accountId),
                accounts.tickets(accountId), history.usage(accountId), history.documents(accountId),
                page(accountId, range, 0, pageSize));
    }

    /** One page of the filtered timeline, newest first, with the counts of the whole filtered timeline. */
    public Page page(UUID accountId, HistoryRange range, int offset, int limit) {
        return new Page(entries(accountId, range, offset, limit), history.counts(accountId, range));
    }

    /** The entries of one page (no counts): what scrolling further reads. */
    public List<Entry> entries(UUID accountId, HistoryRange range, int offset, int limit) {
        List<HistoryEntry> rows = history.page(accountId, range, offset, limit);
        List<UUID> calls = rows.stream().filter(r -> r.kind() == HistoryKind.CALL).map(HistoryEntry::id).toList();
        Map<UUID, String> analyses = history.callAnalyses(calls);
        List<Entry> out = new ArrayList<>(rows.size());
        for (HistoryEntry r : rows) {
            out.add(new Entry(r.kind(), r.id(), r.at(), r.title(), detail(r, analyses.get(r.id())), open(r)));
        }
        return out;
    }

    /** The account's documents, newest first (after an attach). */
    public List<DocumentRow> documents(UUID accountId) {
        return history.documents(accountId);
    }

    /** The text read from a document when it was attached, for its preview; a sentence when there is none. */
    public String documentText(UUID documentId) {
        try {
            return new DocumentVault(workspace.folder(), workspace.store().documentsKey()).text(documentId)
                    .orElse("This document's text is not in this workspace (attached on another workstation).");
        } catch (IOException e) {
            return "The document's text could not be read: " + FileProblems.reason(e);
        }
    }

    private static RecordRef open(HistoryEntry r) {
        return r.kind() == HistoryKind.DEAL ? RecordRef.deal(r.id()) : null;
    }

    /** The entry's second line, in words. */
    static String detail(HistoryEntry r, String analysisJson) {
        String state = r.state() == null ? "" : r.state();
        return switch (r.kind()) {
            case CALL -> analysisJson == null ? state : callSummary(CallAnalysisJson.readAnalysis(analysisJson), state);
            case EMAIL, MEETING, NOTE, TASK -> state;
            case TICKET -> ticket(state);
            case DEAL -> deal(state);
            case DOCUMENT -> "Attached " + state;
            case TOUCH -> touch(state);
        };
    }

    static String callSummary(CallAnalysis analysis, String outcome) {
        DealCallSummary s = DealCallSummary.of(analysis, null);
        List<String> parts = new ArrayList<>();
        if (!outcome.isEmpty()) {
            parts.add(outcome);
        }
        parts.add(String.format(Locale.ROOT, "sentiment %+.2f", s.sentiment()));
        if (!s.objections().isEmpty()) {
            parts.add("objections: " + String.join(", ", s.objections()));
        }
        List<String> steps = analysis.actionItems().stream().limit(2).map(ActionItem::evidence)
                .map(e -> "\u201c" + e.quote() + "\u201d").toList();
        if (!steps.isEmpty()) {
            parts.add("next steps: " + String.join("; ", steps));
        }
        return String.join(" \u00b7 ", parts);
    }

    private static String ticket(String state) {
        String[] w = state.split(" ");
        return w.length < 2 ? words(state) : words(w[0]) + ", " + words(w[1]).toLowerCase(Locale.ROOT) + " priority";
    }

    private static String deal(String state) {
        if (state.equals("CREATED")) {
            return "Deal created";
        }
        DealStage stage = DealStage.valueOf(state);
        return stage == DealStage.CLOSED_WON ? "Deal won" : stage == DealStage.CLOSED_LOST ? "Deal lost" : "Closed at " + words(state);
    }

    private static String touch(String state) {
        String[] w = state.split(" ");
        return words(w[0]) + " campaign touch" + (w.length > 1 ? ", " + w[1] : "");
    }

    private static String words(String constant) {
        String lower = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
