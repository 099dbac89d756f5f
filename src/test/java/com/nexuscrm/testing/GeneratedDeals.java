package com.nexuscrm.testing;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Ids;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A small seeded deal history for the deal model's tests, in memory: closed deals (and some open ones) whose
 * outcome follows a latent engagement {@code E ~ N(0, 1)}, {@code P(won) = sigmoid(-0.4 + 1.5 E)}, which shows only
 * through what was recorded: calls and emails answered ("Connected") with probability {@code sigmoid(-0.3 + 1.2 E)},
 * the economic buyer linked with probability {@code sigmoid(E)}, and lost deals that stall before the proposal more
 * often. Ids come from a seeded source, so the evaluation's split and draws are the same every run.
 */
public final class GeneratedDeals {
    public final List<Deal> deals = new ArrayList<>();
    public final List<DealChange> history = new ArrayList<>();
    public final List<Activity> activities = new ArrayList<>();
    public final List<DealContact> roles = new ArrayList<>();
    public final List<Contact> contacts = new ArrayList<>();
    public final List<Deal> open = new ArrayList<>();

    private final Random random;
    private final Instant now;
    private long millis;

    private GeneratedDeals(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
        this.millis = now.minus(Duration.ofDays(900)).toEpochMilli();
    }

    public static GeneratedDeals of(int closed, int openCount, Instant now, long seed) {
        GeneratedDeals g = new GeneratedDeals(seed, now);
        Contact buyer = g.contact("Chief Financial Officer");
        Contact engineer = g.contact("Engineer");
        UUID[] reps = {g.id(), g.id(), g.id()};
        for (int i = 0; i < closed + openCount; i++) {
            boolean isOpen = i >= closed;
            Instant created = isOpen ? now.minus(Duration.ofDays(5 + g.random.nextInt(40)))
                    : now.minus(Duration.ofDays(500 - (long) i * 400 / closed));
            g.deal(created, isOpen, reps[i % reps.length], buyer, engineer);
        }
        return g;
    }

    private void deal(Instant created, boolean isOpen, UUID owner, Contact buyer, Contact engineer) {
        double engagement = random.nextGaussian();
        boolean won = random.nextDouble() < sigmoid(-0.4 + 1.5 * engagement);
        long life = 20 + random.nextInt(60);
        Instant end = created.plus(Duration.ofDays(life));
        Deal d = new Deal(idAt(created));
        d.setName("Deal " + deals.size());
        d.setOwnerId(owner);
        d.setCurrency("USD");
        d.setAmount(BigDecimal.valueOf(1_000 + random.nextInt(50_000)));
        d.setCreatedAt(created);
        d.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC));
        d.setStage(DealStage.PROSPECTING);
        Instant until = isOpen ? now : end;
        history.add(change(d, created, DealStage.PROSPECTING));
        boolean stalls = !won && random.nextDouble() < 0.6;
        move(d, created.plus(Duration.ofDays(life / 3)), DealStage.QUALIFICATION, until);
        if (!stalls) {
            move(d, created.plus(Duration.ofDays(2 * life / 3)), DealStage.PROPOSAL, until);
        }
        if (!isOpen) {
            d.setStage(won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
            d.setClosedAt(end);
            history.add(change(d, end, d.getStage()));
        }
        roles.add(role(d, engineer, DealRole.TECHNICAL, created));
        if (random.nextDouble() < sigmoid(engagement)) {
            roles.add(role(d, buyer, DealRole.ECONOMIC_BUYER, created.plus(Duration.ofDays(life / 4))));
        }
        for (int k = 3 + random.nextInt(6); k > 0; k--) {
            Instant at = created.plus(Duration.ofMinutes((long) (random.nextDouble() * life * 24 * 60)));
            if (!at.isAfter(until)) {
                activities.add(activity(d, at, k % 2 == 0 ? ActivityType.CALL : ActivityType.EMAIL,
                        random.nextDouble() < sigmoid(-0.3 + 1.2 * engagement) ? "Connected" : "No answer"));
            }
        }
        deals.add(d);
        if (isOpen) {
            open.add(d);
        }
    }

    private void move(Deal d, Instant at, DealStage stage, Instant until) {
        if (!at.isAfter(until)) {
            d.setStage(stage);
            history.add(change(d, at, stage));
        }
    }

    private DealChange change(Deal d, Instant at, DealStage stage) {
        DealChange c = DealChange.of(d, at, d.getOwnerId());
        c.setStage(stage);
        return c;
    }

    private DealContact role(Deal d, Contact c, DealRole role, Instant linked) {
        DealContact r = new DealContact(idAt(linked));
        r.setDealId(d.getId());
        r.setContactId(c.getId());
        r.setRole(role);
        return r;
    }

    private Activity activity(Deal d, Instant at, ActivityType type, String outcome) {
        Activity a = new Activity(idAt(at));
        a.setType(type);
        a.setSubject(type.name().toLowerCase() + " " + activities.size());
        a.setDealId(d.getId());
        a.setOccurredAt(at);
        a.setOutcome(outcome);
        a.setDurationSeconds(type == ActivityType.CALL ? 300 : null);
        a.setDone(true);
        return a;
    }

    private Contact contact(String title) {
        Contact c = new Contact(id());
        c.setLastName(title);
        c.setTitle(title);
        c.setCreatedAt(now.minus(Duration.ofDays(900)));
        contacts.add(c);
        return c;
    }

    private UUID id() {
        return Ids.uuidV7(millis++, random);
    }

    private UUID idAt(Instant at) {
        return Ids.uuidV7(at.toEpochMilli(), random);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }
}
