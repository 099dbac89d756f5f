package com.nexuscrm.usecase;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadSource;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.LinkedRecords;
import com.nexuscrm.domain.MergeFields;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.RecordWriter;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Merges two leads, two contacts or two accounts. The person picks, for each field whose values differ, which
 * record's value the survivor keeps; the activities and relations of the other record move to the survivor
 * (a contact's account, a deal's account or primary contact, a lead's conversion links), and the other record is
 * tombstoned with {@code mergedInto} pointing at the survivor. One {@link RecordWriter#saveTogether}: one
 * transaction, one change set, so other workstations receive the moved records and the tombstone together.
 */
public final class MergeRecords {
    /** Whose value the survivor keeps for a field. */
    public enum Pick { SURVIVOR, OTHER }

    /** A field whose values differ, with both values as people read them. */
    public record Difference(String field, String label, String survivorValue, String otherValue) { }

    /** The two records side by side: titles, and the fields to choose between. */
    public record Comparison(RecordRef survivor, String survivorTitle, RecordRef other, String otherTitle,
                             List<Difference> differences) { }

    /** What to do: the survivor, the record merged into it, and a pick per differing field (missing: survivor's). */
    public record Plan(RecordRef survivor, RecordRef other, Map<String, Pick> picks) { }

    /** What the merge did. */
    public record Merged(RecordRef survivor, RecordRef merged, int activitiesMoved, int recordsRelinked) { }

    private final Workspace workspace;
    private final LinkedRecords linked;
    private final RecordWriter writer;

    public MergeRecords(Workspace workspace) {
        this.workspace = workspace;
        this.linked = workspace.linked();
        this.writer = workspace.writer();
    }

    public Comparison compare(RecordRef survivor, RecordRef other) {
        checkPair(survivor, other);
        return compare(type(survivor), survivor, other);
    }

    private <T extends SyncedRecord> Comparison compare(Class<T> type, RecordRef survivorRef, RecordRef otherRef) {
        T survivor = live(type, survivorRef);
        T other = live(type, otherRef);
        List<Difference> differences = new ArrayList<>();
        for (MergeFields.Field<T> f : MergeFields.of(type)) {
            if (f.differs(survivor, other)) {
                differences.add(new Difference(f.name(), f.label(), shown(f.name(), f.get().apply(survivor)),
                        shown(f.name(), f.get().apply(other))));
            }
        }
        return new Comparison(survivorRef, title(survivor), otherRef, title(other), differences);
    }

    public Merged merge(Plan plan) {
        checkPair(plan.survivor(), plan.other());
        return merge(type(plan.survivor()), plan);
    }

    private <T extends SyncedRecord> Merged merge(Class<T> type, Plan plan) {
        T survivor = live(type, plan.survivor());
        T other = live(type, plan.other());
        for (MergeFields.Field<T> f : MergeFields.of(type)) {
            if (plan.picks().get(f.name()) == Pick.OTHER) {
                f.copy(other, survivor);
            }
        }
        List<Activity> activities = moveActivities(plan.other(), plan.survivor().id());
        List<SyncedRecord> relinked = relink(survivor, other);
        other.setDeleted(true);
        setMergedInto(other, survivor.getId());
        List<SyncedRecord> together = new ArrayList<>();
        together.add(survivor);
        together.add(other);
        together.addAll(activities);
        together.addAll(relinked);
        writer.saveTogether(together);
        return new Merged(plan.survivor(), plan.other(), activities.size(), relinked.size());
    }

    private List<Activity> moveActivities(RecordRef from, UUID to) {
        List<Activity> moved = linked.activitiesOf(from);
        for (Activity a : moved) {
            switch (from.kind()) {
                case LEAD -> a.setLeadId(to);
                case CONTACT -> a.setContactId(to);
                case ACCOUNT -> a.setAccountId(to);
                case DEAL -> a.setDealId(to);
            }
        }
        return moved;
    }

    /** The records that pointed at {@code other}, now pointing at {@code survivor}. */
    private List<SyncedRecord> relink(SyncedRecord survivor, SyncedRecord other) {
        List<SyncedRecord> changed = new ArrayList<>();
        UUID to = survivor.getId();
        if (survivor instanceof Lead s && other instanceof Lead o) {
            takeConversion(s, o);
            s.setScoreStale(true);
        } else if (other instanceof Contact) {
            RecordRef from = RecordRef.contact(other.getId());
            linked.dealsOf(from).forEach(d -> { d.setPrimaryContactId(to); changed.add(d); });
            linked.leadsConvertedTo(from).forEach(l -> { l.setConvertedContactId(to); changed.add(l); });
        } else if (other instanceof Account) {
            RecordRef from = RecordRef.account(other.getId());
            linked.contactsOfAccount(other.getId()).forEach(c -> { c.setAccountId(to); changed.add(c); });
            linked.dealsOf(from).forEach(d -> { d.setAccountId(to); changed.add(d); });
            linked.leadsConvertedTo(from).forEach(l -> { l.setConvertedAccountId(to); changed.add(l); });
        }
        return changed;
    }

    /** A converted lead merged into an unconverted one: the survivor carries the conversion (it may not hold two). */
    private static void takeConversion(Lead survivor, Lead other) {
        if (other.getConvertedAt() == null) {
            return;
        }
        if (survivor.getConvertedAt() != null) {
            throw new IllegalStateException("Both leads were converted (" + ConvertLead.fullName(survivor) + " and "
                    + ConvertLead.fullName(other) + "); merge the contacts they became instead.");
        }
        survivor.setStatus(LeadStatus.CONVERTED);
        survivor.setConvertedAt(other.getConvertedAt());
        survivor.setConvertedContactId(other.getConvertedContactId());
        survivor.setConvertedAccountId(other.getConvertedAccountId());
        survivor.setConvertedDealId(other.getConvertedDealId());
    }

    private static void setMergedInto(SyncedRecord loser, UUID survivor) {
        if (loser instanceof Lead l) {
            l.setMergedInto(survivor);
        } else if (loser instanceof Contact c) {
            c.setMergedInto(survivor);
        } else if (loser instanceof Account a) {
            a.setMergedInto(survivor);
        }
    }

    private static void checkPair(RecordRef survivor, RecordRef other) {
        if (survivor.kind() != other.kind()) {
            throw new IllegalArgumentException("Only two records of the same kind can be merged: a "
                    + survivor.kind().label().toLowerCase() + " and a " + other.kind().label().toLowerCase() + " were chosen.");
        }
        if (survivor.id().equals(other.id())) {
            throw new IllegalArgumentException("Choose two different " + survivor.kind().label().toLowerCase() + "s to merge.");
        }
        type(survivor);
    }

    private static Class<? extends SyncedRecord> type(RecordRef ref) {
        return switch (ref.kind()) {
            case LEAD -> Lead.class;
            case CONTACT -> Contact.class;
            case ACCOUNT -> Account.class;
            case DEAL -> throw new IllegalArgumentException("Deals cannot be merged; only leads, contacts and accounts.");
        };
    }

    private <T extends SyncedRecord> T live(Class<T> type, RecordRef ref) {
        return workspace.repository(type).find(ref.id()).filter(r -> !r.isDeleted())
                .orElseThrow(() -> new NoSuchElementException("The " + ref.kind().label().toLowerCase()
                        + " was deleted or merged (perhaps on another workstation); nothing was merged."));
    }

    /** A record's title: a person's name and email, or an account's name. */
    static String title(SyncedRecord r) {
        if (r instanceof Lead l) {
            return com.nexuscrm.domain.DuplicateRules.of(l).title();
        }
        if (r instanceof Contact c) {
            return com.nexuscrm.domain.DuplicateRules.of(c).title();
        }
        return r instanceof Account a ? a.getName() : r.getId().toString();
    }

    /** A value as people read it: names instead of ids, labels instead of constants, "" for none. */
    private String shown(String field, Object value) {
        if (value == null) {
            return "";
        }
        Function<UUID, String> name = switch (field) {
            case "ownerId" -> id -> workspace.repository(User.class).find(id).map(User::getDisplayName).orElse("(unknown user)");
            case "accountId" -> id -> workspace.repository(Account.class).find(id).map(Account::getName).orElse("(unknown account)");
            default -> UUID::toString;
        };
        if (value instanceof UUID id) {
            return name.apply(id);
        }
        if (value instanceof LeadStatus s) {
            return s.label();
        }
        return value instanceof LeadSource s ? s.label() : value.toString();
    }
}
