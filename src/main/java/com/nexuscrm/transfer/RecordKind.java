package com.nexuscrm.transfer;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.ProductUsage;
import com.nexuscrm.domain.SupportTicket;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.TicketPriority;
import com.nexuscrm.domain.TicketStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The record types that can be imported from and exported to CSV.
 *
 * <p>Each kind names its importable fields (Java property names, also the export header) and the
 * <em>required columns</em>: fields that have no sensible default, so a file without a column for them
 * cannot be imported at all. Other required fields get a default when the file has no value for them
 * (see {@link #applyDefaults}).
 */
public enum RecordKind {
    LEADS("lead", Lead.class, Lead::new, RecordFields.leads(), List.of("lastName")),
    ACCOUNTS("account", Account.class, Account::new, RecordFields.accounts(), List.of("name")),
    CONTACTS("contact", Contact.class, Contact::new, RecordFields.contacts(), List.of("lastName")),
    DEALS("deal", Deal.class, Deal::new, RecordFields.deals(), List.of("name", "amount", "closeDate")),
    /** Support tickets; {@code accountId} is the account's id, domain or name. */
    TICKETS("ticket", SupportTicket.class, SupportTicket::new, RecordFields.tickets(), List.of("accountId", "subject")),
    /** Product usage per period (a month); {@code accountId} is the account's id, domain or name. */
    USAGE("usage row", ProductUsage.class, ProductUsage::new, RecordFields.usage(),
            List.of("accountId", "periodStart", "activeUsers", "seats"));

    private final String singular;
    private final Class<? extends SyncedRecord> entityClass;
    private final Supplier<SyncedRecord> factory;
    private final List<RecordField> fields;
    private final List<String> requiredColumns;

    RecordKind(String singular, Class<? extends SyncedRecord> entityClass, Supplier<SyncedRecord> factory,
               List<RecordField> fields, List<String> requiredColumns) {
        this.singular = singular;
        this.entityClass = entityClass;
        this.factory = factory;
        this.fields = fields;
        this.requiredColumns = requiredColumns;
    }

    /** The domain type stored for this kind. */
    public Class<? extends SyncedRecord> entityClass() {
        return entityClass;
    }

    /** Importable field names in export column order. */
    public List<String> fieldNames() {
        return fields.stream().map(RecordField::name).toList();
    }

    /** Fields a file must have a column for; missing any of them makes the file unimportable. */
    public List<String> requiredColumns() {
        return requiredColumns;
    }

    /** "lead", "deal": for messages. */
    public String singular() {
        return singular;
    }

    List<RecordField> fields() {
        return fields;
    }

    Optional<RecordField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    SyncedRecord newRecord() {
        return factory.get();
    }

    /**
     * Fills required fields the file left empty: every kind gets {@code createdAt = now}; leads get status
     * NEW and source IMPORT; deals get stage PROSPECTING and the workspace {@code currency}; tickets are opened
     * {@code now}, OPEN, of NORMAL priority.
     */
    void applyDefaults(SyncedRecord record, Instant now, String currency) {
        if (record instanceof Lead lead) {
            lead.setCreatedAt(orElse(lead.getCreatedAt(), now));
            lead.setStatus(orElse(lead.getStatus(), LeadStatus.NEW));
            lead.setSource(orElse(lead.getSource(), LeadSource.IMPORT.name()));
        } else if (record instanceof Account account) {
            account.setCreatedAt(orElse(account.getCreatedAt(), now));
        } else if (record instanceof Contact contact) {
            contact.setCreatedAt(orElse(contact.getCreatedAt(), now));
        } else if (record instanceof Deal deal) {
            deal.setCreatedAt(orElse(deal.getCreatedAt(), now));
            deal.setStage(orElse(deal.getStage(), DealStage.PROSPECTING));
            deal.setCurrency(orElse(deal.getCurrency(), currency));
        } else if (record instanceof SupportTicket ticket) {
            ticket.setOpenedAt(orElse(ticket.getOpenedAt(), now));
            ticket.setStatus(orElse(ticket.getStatus(), TicketStatus.OPEN));
            ticket.setPriority(orElse(ticket.getPriority(), TicketPriority.NORMAL));
        }
    }

    private static <V> V orElse(V value, V fallback) {
        return value != null ? value : fallback;
    }
}
