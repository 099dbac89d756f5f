package com.nexuscrm.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nexuscrm.domain.Ids;
import com.nexuscrm.domain.campaign.Audience;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.RetryBackoff;
import com.nexuscrm.domain.campaign.ScheduledTouch;
import com.nexuscrm.domain.campaign.SendWindow;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.Template;
import com.nexuscrm.domain.campaign.TouchStatus;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runner on a real H2 workspace, week after week: each Monday a cohort is enrolled, the runner ticks through the
 * send window (09-12 on weekdays: 15 hours of the week), and people reply far more often to touches sent on Tuesday at
 * 10:00. With optimisation on the scheduled hours move there; off, every touch goes when the window opens, as before.
 */
class LiveSendTimeTest {
    private static final Instant MONDAY_8AM = Instant.parse("2026-12-07T08:00:00Z");
    private static final RunnerSettings SETTINGS = new RunnerSettings(new SendWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            10_000, ZoneOffset.UTC, RetryBackoff.DEFAULT, 5_000);
    @TempDir Path dir;
    private CampaignWorkspace ws;
    private final RecordingChannel email = new RecordingChannel(Channel.EMAIL);
    private final Set<java.util.UUID> decided = new HashSet<>();
    private final Random replies = new Random(17);

    @BeforeEach
    void open() {
        ws = new CampaignWorkspace(dir.resolve("ws"));
        ws.clock.advance(Duration.between(CampaignWorkspace.MONDAY_9AM, MONDAY_8AM));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void learntSendHoursShiftTowardTheHourThatGetsReplies() {
        CampaignPlan plan = plan();
        List<Double> shares = new ArrayList<>();
        for (int week = 0; week < 6; week++) {
            shares.add(week(plan, week, OptimisationSettings.on()));
        }
        double first = shares.get(0);
        double late = (shares.get(4) + shares.get(5)) / 2;
        assertTrue(first < 0.25, "week 1 explores the 15 hours: " + shares);
        assertTrue(late > 0.45, "by weeks 5-6 most touches go Tuesday 10:00: " + shares);
        assertTrue(late > first + 0.25, "the share grows: " + shares);
    }

    @Test
    void offEveryTouchGoesWhenTheWindowOpensAsBefore() {
        CampaignPlan plan = plan();
        week(plan, 0, OptimisationSettings.on());
        assertEquals(0.0, week(plan, 1, OptimisationSettings.uniform()), "off: nothing waits for Tuesday");
        long monday9 = ws.ports.touches().forPlan(plan.id()).stream()
                .filter(t -> t.sentAt().equals(Instant.parse("2026-12-14T09:00:00Z"))).count();
        assertEquals(40, monday9, "off: the whole second cohort goes at Monday 09:00");
    }

    /** One week: 40 leads enrolled Monday 08:00, a tick every window hour; the share of their touches sent Tuesday 10:00. */
    private double week(CampaignPlan plan, int week, OptimisationSettings optimisation) {
        Instant monday = MONDAY_8AM.plus(Duration.ofDays(7L * week));
        ws.clock.advance(Duration.between(ws.clock.instant(), monday));
        for (int i = 0; i < 40; i++) {
            ws.enrol(plan, ws.lead("P" + week + "x" + i, "Lead" + week + "x" + i));
        }
        tick(optimisation);
        for (int day = 0; day < 5; day++) {
            for (int hour = 9; hour < 12; hour++) {
                ws.clock.advance(Duration.between(ws.clock.instant(), monday.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour - 8))));
                tick(optimisation);
            }
        }
        Instant tuesday10 = monday.plus(Duration.ofHours(26));
        List<ScheduledTouch> sent = ws.ports.touches().forPlan(plan.id()).stream()
                .filter(t -> t.status() == TouchStatus.SENT && !t.sentAt().isBefore(monday)
                        && t.sentAt().isBefore(monday.plus(Duration.ofDays(7)))).toList();
        assertEquals(40, sent.size(), "every touch of the cohort goes within its week");
        return sent.stream().filter(t -> t.sentAt().equals(tuesday10)).count() / (double) sent.size();
    }

    /** A runner pass as the scheduler makes it (the counts read afresh), then this hour's sends answered or not. */
    private void tick(OptimisationSettings optimisation) {
        TouchPlanner planner = optimisation.enabled() ? ThompsonPlanner.read(ws.ports, optimisation) : TouchPlanner.AS_PLANNED;
        new CampaignRunner(ws.clock, ws.ports, SETTINGS, Map.of(Channel.EMAIL, email), VariantChooser.EVEN_SPLIT, planner, null)
                .runOnce();
        ws.ports.touches().outcomes().stream().filter(o -> !decided.contains(key(o))).forEach(o -> {
            decided.add(key(o));
            boolean best = o.sentAt().atZone(ZoneOffset.UTC).getDayOfWeek() == java.time.DayOfWeek.TUESDAY
                    && o.sentAt().atZone(ZoneOffset.UTC).getHour() == 10;
            if (replies.nextDouble() < (best ? 0.45 : 0.04)) {
                ws.ports.enrolments().forPlan(o.planId()).stream().filter(e -> e.person().equals(o.person())).findFirst()
                        .ifPresent(e -> ws.touches(e).forEach(t -> ws.ports.touches().markReplied(t.id(), ws.clock.instant())));
            }
        });
    }

    private static java.util.UUID key(com.nexuscrm.domain.campaign.TouchOutcome o) {
        return new java.util.UUID(o.person().id().getMostSignificantBits(), o.person().id().getLeastSignificantBits() ^ o.stepIndex());
    }

    private CampaignPlan plan() {
        CampaignPlan plan = new CampaignPlan(Ids.newId(), "Send times", "Meeting booked", Audience.MANUAL,
                CampaignWorkspace.SENDER, "Nexus Sales", List.of(Step.of(0, Channel.EMAIL,
                        new Template("A", "Hello {{firstName|there}}", "Hi {{firstName|there}}, a quick question."))));
        ws.ports.plans().save(plan);
        return plan;
    }
}
