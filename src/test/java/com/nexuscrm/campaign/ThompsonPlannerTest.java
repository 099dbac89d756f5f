package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import com.nexuscrm.domain.campaign.ScoreBand;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendWindow;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchOutcome;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Live send-time and channel choice from known counts: the better arm wins, the floor holds, off is the plan. */
class ThompsonPlannerTest {
    /** Monday 2026-12-07 09:00 UTC; the window 09-12 on weekdays gives 15 hour-of-week buckets in the next week. */
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final SendWindow WINDOW = new SendWindow(LocalTime.of(9, 0), LocalTime.of(12, 0));
    /** Tuesday 10:00, the hour that gets replies. */
    private static final Instant BEST = Instant.parse("2026-12-08T10:00:00Z");
    private static final Segment WEB_HIGH = new Segment("WEBSITE", ScoreBand.HIGH);
    private static final Segment REFERRAL_LOW = new Segment("REFERRAL", ScoreBand.LOW);
    private static final Step EMAIL_OR_SMS = Step.of(0, Channel.EMAIL, new Template("A", "Hi", "Hi {{firstName|there}}"))
            .or(Channel.SMS);
    private final UUID plan = UUID.randomUUID();
    private final List<TouchOutcome> outcomes = new ArrayList<>();
    private final Map<PersonRef, ZoneId> zones = new HashMap<>();
    private final Map<PersonRef, Segment> segments = new HashMap<>();

    @Test
    void theHourThatGetsRepliesWinsMostDrawsForItsSegment() {
        learn(WEB_HIGH, 1, 0.30, 0.03);
        ThompsonPlanner planner = planner(OptimisationSettings.on());

        double share = shareAt(planner, WEB_HIGH, BEST, 400);

        assertTrue(share > 0.6, "Tuesday 10:00 should win most draws, got " + share);
        assertTrue(planner.firstTry(enrolment(WEB_HIGH, 7), 0, recipient(), WINDOW, NOW, NOW)
                .equals(planner.firstTry(enrolment(WEB_HIGH, 7), 0, recipient(), WINDOW, NOW, NOW)), "seeded: same counts, same hour");
    }

    @Test
    void theExplorationFloorKeepsOtherHoursTried() {
        learn(WEB_HIGH, 1, 0.30, 0.03);

        double greedy = shareAt(planner(new OptimisationSettings(true, 0, null)), WEB_HIGH, BEST, 400);
        double floored = shareAt(planner(new OptimisationSettings(true, 0.5, null)), WEB_HIGH, BEST, 400);

        // With a floor of 50 %, half the touches are uniform over 15 hours: at most 0.5 + 0.5/15 ≈ 53 % can go to the best.
        assertTrue(greedy > 0.8, "no floor: nearly always the best hour, got " + greedy);
        assertTrue(floored < 0.62 && floored > 0.35, "floor 50 %: about half elsewhere, got " + floored);
    }

    @Test
    void offIsThePlanExactly() {
        learn(WEB_HIGH, 1, 0.30, 0.03);
        ThompsonPlanner off = planner(OptimisationSettings.uniform());
        Instant monday8 = Instant.parse("2026-12-07T08:00:00Z");
        for (int i = 0; i < 50; i++) {
            Enrolment e = enrolment(WEB_HIGH, i);
            assertEquals(TouchPlanner.AS_PLANNED.firstTry(e, 0, recipient(), WINDOW, monday8, monday8),
                    off.firstTry(e, 0, recipient(), WINDOW, monday8, monday8));
            assertEquals(Channel.EMAIL, off.channel(e, 0, EMAIL_OR_SMS, List.of(Channel.EMAIL, Channel.SMS)));
            assertEquals(Channel.SMS, off.channel(e, 0, EMAIL_OR_SMS, List.of(Channel.SMS)), "the first one reachable");
        }
        assertEquals(Instant.parse("2026-12-07T09:00:00Z"), off.firstTry(enrolment(WEB_HIGH, 1), 0, recipient(), WINDOW,
                monday8, monday8), "the window's next open hour, as before");
    }

    @Test
    void aSegmentWithFewTouchesFollowsThePooledPosterior() {
        learn(WEB_HIGH, 1, 0.30, 0.03);
        double pooled = shareAt(planner(OptimisationSettings.on()), REFERRAL_LOW, BEST, 400);
        outcomes.clear();
        double alone = shareAt(planner(OptimisationSettings.on()), REFERRAL_LOW, BEST, 400);

        assertTrue(pooled > 0.35, "a new segment borrows the other segments' evidence, got " + pooled);
        assertTrue(alone < 0.2, "with no evidence anywhere every hour is as likely, got " + alone);
    }

    @Test
    void theChannelThatGetsRepliesWinsAmongThoseThePersonCanReceive() {
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            PersonRef p = person(WEB_HIGH, i);
            outcomes.add(new TouchOutcome(plan, 0, p, Channel.SMS, NOW, random.nextDouble() < 0.25));
            outcomes.add(new TouchOutcome(plan, 0, p, Channel.EMAIL, NOW, random.nextDouble() < 0.02));
        }
        ThompsonPlanner planner = planner(OptimisationSettings.on());
        int sms = 0;
        for (int i = 0; i < 300; i++) {
            Enrolment e = enrolment(WEB_HIGH, 1000 + i);
            sms += planner.channel(e, 0, EMAIL_OR_SMS, List.of(Channel.EMAIL, Channel.SMS)) == Channel.SMS ? 1 : 0;
            assertEquals(Channel.EMAIL, planner.channel(e, 0, EMAIL_OR_SMS, List.of(Channel.EMAIL)), "no SMS consent: email");
        }
        assertTrue(sms > 240, "SMS replies ten times as often, chosen " + sms + " of 300");
    }

    @Test
    void theSendersFullDayIsSkippedAndTheWindowAlwaysHolds() {
        learn(WEB_HIGH, 1, 0.30, 0.03);
        ThompsonPlanner planner = planner(OptimisationSettings.on());
        Instant tuesday = Instant.parse("2026-12-08T00:00:00Z");
        for (int i = 0; i < 100; i++) {
            Instant at = planner.firstTry(enrolment(WEB_HIGH, i), 0, recipient(), WINDOW, NOW, tuesday);
            assertTrue(!at.isBefore(tuesday) && WINDOW.isOpen(at, ZoneOffset.UTC), "in the window from Tuesday: " + at);
        }
    }

    /** Touches in every window hour of one week: {@code best} replies at the best hour, {@code other} elsewhere. */
    private void learn(Segment segment, long seed, double best, double other) {
        Random random = new Random(seed);
        int n = 0;
        for (Instant hour : ThompsonPlanner.slots(WINDOW, ZoneOffset.UTC, NOW).values()) {
            for (int i = 0; i < 40; i++) {
                PersonRef p = person(segment, n++);
                outcomes.add(new TouchOutcome(plan, 0, p, Channel.EMAIL, hour.plusSeconds(60),
                        random.nextDouble() < (hour.equals(BEST) ? best : other)));
            }
        }
    }

    private double shareAt(ThompsonPlanner planner, Segment segment, Instant hour, int draws) {
        int hits = 0;
        for (int i = 0; i < draws; i++) {
            Enrolment e = enrolment(segment, 10_000 + i);
            planner.prepare(List.of(e.person()));
            hits += planner.firstTry(e, 0, recipient(), WINDOW, NOW, NOW).equals(hour) ? 1 : 0;
        }
        return hits / (double) draws;
    }

    private ThompsonPlanner planner(OptimisationSettings settings) {
        RecipientDirectory directory = new RecipientDirectory() {
            @Override
            public Optional<Recipient> find(PersonRef person) {
                return Optional.empty();
            }

            @Override
            public Map<PersonRef, Segment> segments(Collection<PersonRef> people) {
                Map<PersonRef, Segment> found = new HashMap<>();
                people.forEach(p -> found.put(p, segments.get(p)));
                return found;
            }
        };
        return new ThompsonPlanner(outcomes, zones, segments, directory, settings);
    }

    private PersonRef person(Segment segment, int n) {
        PersonRef p = PersonRef.lead(new UUID(segment.key().hashCode(), n));
        zones.put(p, ZoneOffset.UTC);
        segments.put(p, segment);
        return p;
    }

    private Enrolment enrolment(Segment segment, int n) {
        return Enrolment.start(new UUID(n * 7919L, segment.key().hashCode()), plan, person(segment, n), NOW);
    }

    private static Recipient recipient() {
        return new Recipient(PersonRef.lead(UUID.randomUUID()), "Ann", "Archer", null, null, "ann@archer.test",
                "+442079460958", null, null, ZoneOffset.UTC, 80, "NEW");
    }
}
