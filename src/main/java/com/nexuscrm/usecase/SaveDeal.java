package com.nexuscrm.usecase;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A rep creates, edits, moves or closes a deal. Whatever the screen, the deal is validated; its amount is the
 * sum of its line items when it has any; and a change of stage, amount, close date or forecast category
 * appends an entry to the deal's history in the same transaction (one change set), so the history that time
 * in stage, close-date pushes and the forecast backtest replay is never behind the deal. Closing records when
 * and why (a lost deal needs its reason); reopening clears it.
 */
public final class SaveDeal {
    private final DealRepository deals;
    private final RecordWriter writer;
    private final Clock clock;

    public SaveDeal(DealRepository deals, RecordWriter writer, Clock clock) {
        this.deals = deals;
        this.writer = writer;
        this.clock = clock;
    }

    public SaveDeal(Workspace workspace, Clock clock) {
        this(workspace.deals(), workspace.writer(), clock);
    }

    /** Saves the deal's own fields, keeping its line items and buying group as they are. */
    public Deal save(Deal deal, User by) {
        return save(deal, null, null, by);
    }

    /**
     * Saves the deal with exactly these line items and buying group (a null list leaves that part unchanged);
     * parts no longer listed are tombstoned. Invalid input throws {@link ValidationException} naming the field,
     * and nothing is saved.
     */
    public Deal save(Deal deal, List<DealLineItem> lineItems, List<DealContact> contacts, User by) {
        Instant now = clock.instant();
        Optional<Deal> stored = deals.find(deal.getId());
        if (stored.isEmpty()) {
            deal.setCreatedAt(deal.getCreatedAt() == null ? now : deal.getCreatedAt());
            deal.setOwnerId(deal.getOwnerId() == null ? by.getId() : deal.getOwnerId());
            deal.setTeamId(deal.getTeamId() == null ? by.getTeamId() : deal.getTeamId());
        }
        List<SyncedRecord> together = new ArrayList<>();
        together.add(deal);
        if (lineItems != null) {
            together.addAll(replace(deal, lineItems, deals.lineItems(deal.getId())));
            if (!lineItems.isEmpty()) {
                deal.setAmount(lineItems.stream().map(DealLineItem::total).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
        }
        if (contacts != null) {
            requireOnePerContact(contacts);
            together.addAll(replace(deal, contacts, deals.contactRoles(deal.getId())));
        }
        if (stored.isEmpty() || changedInHistory(stored.get(), deal)) {
            together.add(DealChange.of(deal, now, by.getId()));
        }
        writer.saveTogether(together);
        return deal;
    }

    /** Moves an open deal to another open stage (a card dragged on the board); closing goes through {@link #close}. */
    public Deal move(UUID dealId, DealStage stage, User by) {
        if (stage.isClosed()) {
            throw new IllegalArgumentException("Closing a deal needs its outcome and reason: use close, not move.");
        }
        Deal deal = load(dealId);
        if (deal.getStage() == stage) {
            return deal;
        }
        if (deal.getStage() != null && deal.getStage().isClosed()) {
            deal.setClosedAt(null);
            deal.setLostReason(null);
            deal.setWonReason(null);
        }
        deal.setStage(stage);
        return save(deal, by);
    }

    /**
     * Closes the deal as won or lost, today, with the reason; a lost deal must say why. The close date becomes
     * today's date, as the forecast counts a deal in the period it closed.
     */
    public Deal close(UUID dealId, boolean won, String reason, User by) {
        String why = reason == null ? "" : reason.strip();
        if (!won && why.isEmpty()) {
            throw new ValidationException(List.of(new FieldError("lostReason",
                    "is required: say why the deal was lost (price, timing, a competitor...)")));
        }
        Deal deal = load(dealId);
        Instant now = clock.instant();
        deal.setStage(won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
        deal.setClosedAt(now);
        deal.setCloseDate(LocalDate.ofInstant(now, clock.getZone()));
        deal.setWonReason(won && !why.isEmpty() ? why : null);
        deal.setLostReason(won ? null : why);
        return save(deal, by);
    }

    private Deal load(UUID dealId) {
        return deals.find(dealId).filter(d -> !d.isDeleted())
                .orElseThrow(() -> new NoSuchElementException("The deal no longer exists; it may have been deleted."));
    }

    private static boolean changedInHistory(Deal before, Deal after) {
        DealChange was = DealChange.of(before, Instant.EPOCH, null);
        return was.differsFrom(after);
    }

    private static void requireOnePerContact(List<DealContact> contacts) {
        Set<UUID> seen = new HashSet<>();
        for (DealContact c : contacts) {
            if (c.getContactId() != null && !seen.add(c.getContactId())) {
                throw new ValidationException(List.of(new FieldError("contactId",
                        "lists the same contact twice; give each person one role")));
            }
        }
    }

    /** The wanted parts, tied to the deal, plus tombstones for the stored parts no longer wanted. */
    private static <T extends SyncedRecord> List<SyncedRecord> replace(Deal deal, List<T> wanted, List<T> stored) {
        List<SyncedRecord> out = new ArrayList<>();
        Set<UUID> keep = new HashSet<>();
        // parts are listed in id order; ids made in the same millisecond are not ordered, so new ones are sorted
        java.util.Iterator<UUID> fresh = java.util.stream.Stream.generate(Ids::newId)
                .limit(wanted.stream().filter(p -> p.getId() == null).count()).sorted().iterator();
        for (T part : wanted) {
            if (part.getId() == null) {
                part.setId(fresh.next());
            }
            keep.add(part.getId());
            part.setOwnerId(deal.getOwnerId());
            part.setTeamId(deal.getTeamId());
            if (part instanceof DealLineItem item) {
                item.setDealId(deal.getId());
            } else if (part instanceof DealContact contact) {
                contact.setDealId(deal.getId());
            }
            out.add(part);
        }
        for (T old : stored) {
            if (!keep.contains(old.getId())) {
                old.setDeleted(true);
                out.add(old);
            }
        }
        return out;
    }
}
