package com.nexuscrm.domain.account;

import com.nexuscrm.domain.ContactRow;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.account.AccountEvidence.Kind;
import com.nexuscrm.domain.deal.Seniority;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * How warm the account's relationships are, per contact and for the account.
 *
 * <p>Per contact, over the activities logged with them:
 * <ul>
 *   <li><b>recency</b>: days {@code d} since the last two-way contact (a reply, a connected call, a meeting held):
 *       1 up to {@value #FRESH_DAYS} days, 0 from {@value #COLD_DAYS}, linear between; 0 if never;</li>
 *   <li><b>frequency</b>: customer-facing activities in the last {@value #WINDOW_DAYS} days over
 *       {@value #FREQUENT_TOUCHES}, at most 1;</li>
 *   <li><b>reciprocity</b>: two-way over customer-facing activities in that window, doubled, at most 1 (half the
 *       touches answered is as good as it gets);</li>
 * </ul>
 * strength = {@code round(100 × (0.4 recency + 0.3 frequency + 0.3 reciprocity))}; a contact with no
 * customer-facing activity ever has no strength ("no contact logged"). Seniority comes from the title
 * ({@link Seniority}) and is shown beside it, not mixed in. "Known by" lists the users with the most two-way
 * contacts with the person, most first.
 *
 * <p>For the account: breadth = contacts with a two-way contact in the window over all contacts, and the most
 * senior level among them (seniority reached).
 */
public final class RelationshipStrength {
    public static final int FRESH_DAYS = 14;
    public static final int COLD_DAYS = 180;
    public static final int WINDOW_DAYS = 180;
    public static final int FREQUENT_TOUCHES = 8;

    /** A user and their two-way contacts with one person. */
    public record Acquaintance(UUID userId, String userName, int twoWay) { }

    /** One contact's relationship; {@code strength} null when nobody has ever been in touch. */
    public record ContactStrength(UUID contactId, String name, String title, Seniority seniority, Integer strength,
                                  Instant lastTwoWay, int touches, int twoWay, List<Acquaintance> knownBy,
                                  List<AccountEvidence> evidence) {
        public ContactStrength {
            knownBy = List.copyOf(knownBy);
            evidence = List.copyOf(evidence);
        }

        /** "Warm" (60+), "Lukewarm" (30–59), "Cold", or "No contact logged". */
        public String band() {
            return strength == null ? "No contact logged" : strength >= 60 ? "Warm" : strength >= 30 ? "Lukewarm" : "Cold";
        }
    }

    /** The account's relationships: each contact, strongest first, and the account-level figures. */
    public record Result(List<ContactStrength> contacts, int engagedContacts, Seniority seniorityReached,
                         List<Acquaintance> teamByTwoWay, List<AccountEvidence> evidence, String note) {
        public Result {
            contacts = List.copyOf(contacts);
            teamByTwoWay = List.copyOf(teamByTwoWay);
            evidence = List.copyOf(evidence);
        }
    }

    private RelationshipStrength() { }

    public static Result of(AccountFacts f) {
        Map<UUID, List<AccountFacts.Read>> byContact = new HashMap<>();
        f.reads().stream().filter(r -> r.activity().contactId() != null && !r.activity().occurredAt().isAfter(f.now()))
                .forEach(r -> byContact.computeIfAbsent(r.activity().contactId(), k -> new ArrayList<>()).add(r));
        List<ContactStrength> contacts = new ArrayList<>();
        for (ContactRow c : f.contacts()) {
            contacts.add(contact(f, c, byContact.getOrDefault(c.id(), List.of())));
        }
        contacts.sort(Comparator.comparing(ContactStrength::strength, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ContactStrength::name));
        Instant from = f.now().minus(Duration.ofDays(WINDOW_DAYS));
        List<ContactStrength> engaged = contacts.stream().filter(c -> c.lastTwoWay() != null
                && c.lastTwoWay().isAfter(from)).toList();
        Seniority reached = engaged.stream().map(ContactStrength::seniority).filter(s -> s != Seniority.UNKNOWN)
                .min(Comparator.naturalOrder()).orElse(Seniority.UNKNOWN);
        List<AccountEvidence> evidence = new ArrayList<>();
        String note = "";
        if (f.contacts().isEmpty()) {
            note = "Not enough data: the account has no contacts.";
        } else if (contacts.stream().allMatch(c -> c.strength() == null)) {
            note = "Not enough data: no call, email or meeting with any contact has been logged.";
        } else {
            evidence.add(AccountEvidence.figure(Kind.CONTACT, String.format(Locale.ROOT, "%d of %d contacts took part "
                    + "in the last %d days; most senior: %s", engaged.size(), f.contacts().size(), WINDOW_DAYS,
                    reached == Seniority.UNKNOWN ? "unknown" : reached.label()), f.accountId()));
        }
        return new Result(contacts, engaged.size(), reached, team(f, contacts), evidence, note);
    }

    static ContactStrength contact(AccountFacts f, ContactRow c, List<AccountFacts.Read> reads) {
        Instant from = f.now().minus(Duration.ofDays(WINDOW_DAYS));
        Instant lastTwoWay = null;
        UUID lastId = null;
        int touches = 0;
        int twoWay = 0;
        boolean ever = false;
        Map<UUID, Integer> byUser = new HashMap<>();
        for (AccountFacts.Read r : reads) {
            if (!r.touch().customerFacing()) {
                continue;
            }
            ever = true;
            if (r.touch().twoWay()) {
                lastTwoWay = r.activity().occurredAt();
                lastId = r.activity().id();
                if (r.activity().ownerId() != null) {
                    byUser.merge(r.activity().ownerId(), 1, Integer::sum);
                }
            }
            if (r.activity().occurredAt().isAfter(from)) {
                touches++;
                twoWay += r.touch().twoWay() ? 1 : 0;
            }
        }
        Seniority seniority = Seniority.of(c.title());
        List<Acquaintance> knownBy = acquaintances(f, byUser);
        if (!ever) {
            return new ContactStrength(c.id(), c.fullName(), c.title(), seniority, null, null, 0, 0, knownBy, List.of());
        }
        double days = lastTwoWay == null ? Double.MAX_VALUE : Duration.between(lastTwoWay, f.now()).toHours() / 24.0;
        double recency = days <= FRESH_DAYS ? 1 : days >= COLD_DAYS ? 0 : (COLD_DAYS - days) / (COLD_DAYS - FRESH_DAYS);
        double frequency = Math.min(1, touches / (double) FREQUENT_TOUCHES);
        double reciprocity = touches == 0 ? 0 : Math.min(1, 2.0 * twoWay / touches);
        int strength = (int) Math.round(100 * (0.4 * recency + 0.3 * frequency + 0.3 * reciprocity));
        RecordRef opens = RecordRef.contact(c.id());
        List<AccountEvidence> evidence = new ArrayList<>();
        evidence.add(new AccountEvidence(lastTwoWay == null ? "Never answered a call, email or meeting"
                : String.format(Locale.ROOT, "Last two-way contact %d days ago", (long) days), Kind.ACTIVITY, lastId, opens));
        evidence.add(new AccountEvidence(String.format(Locale.ROOT, "%d %s in the last %d days, %d of them two-way",
                touches, touches == 1 ? "touch" : "touches", WINDOW_DAYS, twoWay), Kind.CONTACT, c.id(), opens));
        return new ContactStrength(c.id(), c.fullName(), c.title(), seniority, strength, lastTwoWay, touches, twoWay,
                knownBy, evidence);
    }

    private static List<Acquaintance> acquaintances(AccountFacts f, Map<UUID, Integer> byUser) {
        return byUser.entrySet().stream().map(e -> new Acquaintance(e.getKey(), f.userName(e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(Acquaintance::twoWay).reversed().thenComparing(Acquaintance::userName))
                .toList();
    }

    /** Each user's two-way contacts with anyone at the account, most first. */
    private static List<Acquaintance> team(AccountFacts f, List<ContactStrength> contacts) {
        Map<UUID, Integer> total = new LinkedHashMap<>();
        contacts.forEach(c -> c.knownBy().forEach(a -> total.merge(a.userId(), a.twoWay(), Integer::sum)));
        return acquaintances(f, total);
    }
}
