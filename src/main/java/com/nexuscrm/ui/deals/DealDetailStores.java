package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.AccountRepository;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ContactRepository;
import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRepository;
import com.nexuscrm.domain.DealScore;
import com.nexuscrm.domain.DealScoreStore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The domain ports the deal detail reads (its writes go through {@code SaveDeal}). */
public record DealDetailStores(DealRepository deals, AccountRepository accounts, ContactRepository contacts,
                               DealScoreStore scores) {

    /** Everything one deal's detail shows, read together off the FX thread. */
    record Snapshot(Deal deal, String accountName, List<ContactRow> accountContacts, Map<UUID, ContactRow> people,
                    List<DealLineItem> items, List<DealContact> group, List<DealChange> history, DealScore score) { }

    /** Reads the deal and its parts; a deleted or missing deal is refused with a message for the user. */
    Snapshot read(UUID id) {
        Deal d = deals.find(id).filter(x -> !x.isDeleted()).orElseThrow(() -> new IllegalStateException(
                "This deal was deleted (perhaps on another workstation). Reload the list to see the current deals."));
        String accountName = d.getAccountId() == null ? null : accounts.find(d.getAccountId())
                .filter(a -> !a.isDeleted()).map(Account::getName).orElse(null);
        List<ContactRow> atAccount = accountName == null ? List.of() : accounts.contacts(d.getAccountId());
        List<DealContact> group = deals.contactRoles(id);
        Map<UUID, ContactRow> people = new HashMap<>();
        atAccount.forEach(c -> people.put(c.id(), c));
        for (DealContact member : group) { // someone who has since moved to another account is still named
            if (!people.containsKey(member.getContactId())) {
                contacts.find(member.getContactId()).filter(c -> !c.isDeleted())
                        .ifPresent(c -> people.put(c.getId(), row(c)));
            }
        }
        return new Snapshot(d, accountName, atAccount, people, deals.lineItems(id), group, deals.history(id),
                scores.find(id).orElse(null));
    }

    private static ContactRow row(Contact c) {
        return new ContactRow(c.getId(), c.getFirstName(), c.getLastName(), c.getEmail(), c.getPhone(), c.getTitle(),
                c.getAccountId(), null, c.getOwnerId(), c.getCreatedAt());
    }
}
