package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.CompanyNames;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.ConversionIds;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.DuplicateRules;
import com.nexuscrm.domain.FieldError;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadRepository;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.LinkedRecords;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.RecordRules;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * Converts a lead into a contact, an account (an existing one matched by company domain or name, or a new one)
 * and optionally a deal. The lead keeps links to what it became, turns CONVERTED and leaves the inbox; the
 * activities logged on it are linked to the new contact and account so they show on their timelines. Everything
 * is saved in one {@link RecordWriter#saveTogether} (one transaction, one change set to sync).
 *
 * <p>Converting twice is refused here, and across two offline workstations it cannot make two of anything: the
 * contact and deal ids come from the lead's id, a new account's id from the company ({@link ConversionIds}), so
 * the team server sees the second conversion as concurrent edits of the same records. The lead's conversion
 * fields are high-stakes ({@code SyncedTypes.HIGH_STAKES}): the second conversion opens a conflict in the Sync
 * inbox, and an account made for a lead the server already has converted elsewhere is refused by the server.
 */
public final class ConvertLead {
    /** The deal to open with the conversion. */
    public record DealDraft(String name, DealStage stage, BigDecimal amount, LocalDate closeDate) { }

    /**
     * What the dialog asks: the account to use ({@code existingAccountId}) or the name of a new one; the contact's
     * fields (prefilled from the lead); the deal, or null for none.
     */
    public record Request(UUID leadId, UUID existingAccountId, String newAccountName, String firstName, String lastName,
                          String email, String phone, String title, DealDraft deal) { }

    /** What the dialog shows first: the lead, the accounts it matches (best first, with why) and the defaults. */
    public record Proposal(Lead lead, List<AccountMatch> matches, String newAccountName, String dealName) {
        public Optional<AccountMatch> best() {
            return matches.stream().findFirst();
        }
    }

    /** An existing account the lead matches, and how ("same domain acme.com"). */
    public record AccountMatch(Account account, String reason) { }

    /** What the conversion made. {@code deal} is null when none was asked for. */
    public record Converted(Lead lead, Contact contact, Account account, boolean accountCreated, Deal deal, int activitiesLinked) { }

    private final LeadRepository leads;
    private final RecordRepository<Account> accounts;
    private final LinkedRecords linked;
    private final RecordWriter writer;
    private final Clock clock;
    private final String currency;

    public ConvertLead(LeadRepository leads, RecordRepository<Account> accounts, LinkedRecords linked, RecordWriter writer,
                       Clock clock, String currency) {
        this.leads = leads;
        this.accounts = accounts;
        this.linked = linked;
        this.writer = writer;
        this.clock = clock;
        this.currency = currency;
    }

    /** New deals in the team's workspace currency, read now (not on the FX thread: the window passes it, see below). */
    public ConvertLead(Workspace workspace, Clock clock) {
        this(workspace, clock, TeamCurrency.of(workspace).load());
    }

    /** New deals in {@code currency}, the workspace currency the caller has already read. */
    public ConvertLead(Workspace workspace, Clock clock, String currency) {
        this(workspace.leads(), workspace.repository(Account.class), workspace.linked(), workspace.writer(), clock, currency);
    }

    /** The matches and defaults for a lead that may be converted; refuses one that may not (see {@link #convertible}). */
    public Proposal propose(UUID leadId) {
        Lead lead = convertible(leadId);
        String company = lead.getCompany() == null || lead.getCompany().isBlank() ? fullName(lead) : lead.getCompany().strip();
        return new Proposal(lead, matches(lead), company, company + " - new business");
    }

    /** The live accounts the lead's company matches: same domain (or a parent domain) first, then the same name key. */
    public List<AccountMatch> matches(Lead lead) {
        Map<UUID, AccountMatch> found = new LinkedHashMap<>();
        String domain = DuplicateRules.companyDomain(lead.getDomain(), lead.getEmail());
        for (String d : domain.isEmpty() ? List.<String>of() : com.nexuscrm.domain.CompanyDomains.widening(domain)) {
            linked.accountsByDomain(d).forEach(a -> found.putIfAbsent(a.getId(), new AccountMatch(a, "same domain " + d)));
        }
        String key = CompanyNames.key(lead.getCompany());
        if (!key.isEmpty()) {
            accounts.findAll().stream().filter(a -> key.equals(CompanyNames.key(a.getName())))
                    .forEach(a -> found.putIfAbsent(a.getId(), new AccountMatch(a, "same company name")));
        }
        return List.copyOf(found.values());
    }

    /**
     * Converts the lead as {@code by}. Field problems throw {@link ValidationException} whose fields are prefixed
     * with the record they belong to ({@code account.name}, {@code contact.lastName}, {@code deal.amount}); a lead
     * that was converted already, deleted, or disqualified is refused with a message naming it. Nothing is saved
     * on any refusal.
     */
    public Converted convert(Request request, User by) {
        Lead lead = convertible(request.leadId());
        Instant now = clock.instant();
        boolean create = request.existingAccountId() == null;
        Account account = create ? newAccount(lead, request.newAccountName(), by, now) : existingAccount(request.existingAccountId());
        Contact contact = contact(lead, request, account, by, now);
        Deal deal = request.deal() == null ? null : deal(lead, request.deal(), account, contact, by, now);
        check(account, contact, deal);
        lead.setStatus(LeadStatus.CONVERTED);
        lead.setConvertedAt(now);
        lead.setConvertedContactId(contact.getId());
        lead.setConvertedAccountId(account.getId());
        lead.setConvertedDealId(deal == null ? null : deal.getId());
        List<Activity> moved = linked.activitiesOf(RecordRef.lead(lead.getId()));
        for (Activity a : moved) {
            a.setContactId(a.getContactId() == null ? contact.getId() : a.getContactId());
            a.setAccountId(a.getAccountId() == null ? account.getId() : a.getAccountId());
        }
        List<SyncedRecord> together = new ArrayList<>();
        if (create) {
            together.add(account);
        }
        together.add(contact);
        Optional.ofNullable(deal).ifPresent(d -> {
            together.add(d);
            together.add(DealChange.of(d, now, by == null ? null : by.getId())); // the deal's history starts with its creation
        });
        together.add(lead);
        together.addAll(moved);
        writer.saveTogether(together);
        return new Converted(lead, contact, account, create, deal, moved.size());
    }

    /** The lead, if it may be converted: live, not converted yet, not disqualified. */
    private Lead convertible(UUID leadId) {
        Lead lead = leads.find(leadId).filter(l -> !l.isDeleted())
                .orElseThrow(() -> new NoSuchElementException("The lead was deleted (perhaps on another workstation)."));
        if (lead.getConvertedAt() != null || lead.getStatus() == LeadStatus.CONVERTED) {
            throw new IllegalStateException("Lead " + fullName(lead) + " was already converted"
                    + (lead.getConvertedAt() == null ? "" : " on " + lead.getConvertedAt().toString().substring(0, 10))
                    + "; open its contact or account instead of converting it again.");
        }
        if (lead.getStatus() == LeadStatus.DISQUALIFIED) {
            throw new IllegalStateException("Lead " + fullName(lead) + " is disqualified; set its status to Qualified"
                    + " before converting it.");
        }
        return lead;
    }

    private Account newAccount(Lead lead, String name, User by, Instant now) {
        String domain = DuplicateRules.companyDomain(lead.getDomain(), lead.getEmail());
        String clean = name == null ? null : name.strip();
        UUID id = ConversionIds.accountOfCompany(domain, CompanyNames.key(clean))
                .filter(candidate -> accounts.existingIds(List.of(candidate)).isEmpty())
                .orElse(ConversionIds.accountOfLead(lead.getId()));
        Account a = new Account(id);
        a.setName(clean);
        a.setDomain(domain.isEmpty() ? null : domain);
        a.setIndustry(lead.getIndustry());
        a.setEmployees(lead.getEmployees());
        a.setAnnualRevenue(lead.getAnnualRevenue());
        a.setCountry(lead.getCountry());
        a.setCity(lead.getCity());
        a.setTechnologies(lead.getTechnologies());
        a.setConvertedFromLeadId(lead.getId());
        a.setCreatedAt(now);
        owned(a, lead, by);
        return a;
    }

    private Account existingAccount(UUID id) {
        return accounts.find(id).filter(a -> !a.isDeleted()).orElseThrow(() -> new NoSuchElementException(
                "The chosen account was deleted (perhaps on another workstation); choose another or create a new one."));
    }

    private Contact contact(Lead lead, Request r, Account account, User by, Instant now) {
        Contact c = new Contact(ConversionIds.contactOf(lead.getId()));
        c.setAccountId(account.getId());
        c.setFirstName(blankToNull(r.firstName()));
        c.setLastName(blankToNull(r.lastName()));
        c.setEmail(blankToNull(r.email()));
        c.setPhone(blankToNull(r.phone()));
        c.setTitle(blankToNull(r.title()));
        c.setCreatedAt(now);
        owned(c, lead, by);
        return c;
    }

    private Deal deal(Lead lead, DealDraft draft, Account account, Contact contact, User by, Instant now) {
        Deal d = new Deal(ConversionIds.dealOf(lead.getId()));
        d.setName(blankToNull(draft.name()));
        d.setStage(draft.stage());
        d.setAmount(draft.amount());
        d.setCurrency(currency);
        d.setCloseDate(draft.closeDate());
        d.setAccountId(account.getId());
        d.setPrimaryContactId(contact.getId());
        d.setCreatedAt(now);
        if (draft.stage() != null && draft.stage().isClosed()) {
            d.setClosedAt(now);
        }
        owned(d, lead, by);
        return d;
    }

    /** Every record's problems, named by the record they belong to; nothing is saved when there is any. */
    private static void check(Account account, Contact contact, Deal deal) {
        List<FieldError> errors = new ArrayList<>();
        RecordRules.check(account).forEach(e -> errors.add(new FieldError("account." + e.field(), e.message())));
        RecordRules.check(contact).forEach(e -> errors.add(new FieldError("contact." + e.field(), e.message())));
        if (deal != null) {
            RecordRules.check(deal).forEach(e -> errors.add(new FieldError("deal." + e.field(), e.message())));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void owned(SyncedRecord r, Lead lead, User by) {
        r.setOwnerId(lead.getOwnerId() != null ? lead.getOwnerId() : by == null ? null : by.getId());
        r.setTeamId(lead.getTeamId() != null ? lead.getTeamId() : by == null ? null : by.getTeamId());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String fullName(Lead lead) {
        String name = ((lead.getFirstName() == null ? "" : lead.getFirstName()) + " "
                + (lead.getLastName() == null ? "" : lead.getLastName())).strip();
        return name.isEmpty() ? "(no name)" : name;
    }
}
