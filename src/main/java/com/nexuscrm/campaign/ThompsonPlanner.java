package com.nexuscrm.campaign;

import com.nexuscrm.domain.campaign.ArmCounts;
import com.nexuscrm.domain.campaign.ArmSpace;
import com.nexuscrm.domain.campaign.Channel;
import com.nexuscrm.domain.campaign.Dimension;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.OptimisationSettings;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.RecipientDirectory;
import com.nexuscrm.domain.campaign.Segment;
import com.nexuscrm.domain.campaign.SendTimeGrid;
import com.nexuscrm.domain.campaign.SendWindow;
import com.nexuscrm.domain.campaign.Step;
import com.nexuscrm.domain.campaign.TouchOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Live send-time and channel learning: Thompson sampling per segment (lead source x score band) with
 * {@link CampaignBandit}'s pooled priors (a segment with few touches follows the campaign's other segments) and its
 * exploration floor.
 * <p><b>Send time.</b> The arms are the 168 hours of the week ({@link SendTimeGrid#HOUR_OF_WEEK}) in the recipient's
 * time zone, learnt per plan over all its steps and channels. A due touch may go in any hour of the next
 * {@link #HORIZON} in which the recipient's send window is open (weekday business hours; the quiet hours never),
 * from the sender's next day under its daily limit; the chosen hour is the first slot of the drawn bucket. So a touch
 * may wait up to a week for the hour its segment answers best in.
 * <p><b>Channel.</b> For a step with an alternative channel, the arms are the channels, learnt per plan and step,
 * drawn among those the person can receive.
 * <p><b>Outcome: replies, not opens.</b> Replies are the goal and are known for every channel and on a standalone
 * workstation; opens exist only for email sent with the team server's tracking and are inflated by mail clients that
 * fetch every image (Apple Mail Privacy Protection), so a send hour tuned on opens may buy no replies.
 * <p>The counts are read once (one pass of the runner), the draws seeded by the enrolment and step, so the same counts
 * always give the same person the same hour and channel. Off ({@link OptimisationSettings#enabled()} false): exactly
 * {@link TouchPlanner#AS_PLANNED}.
 */
public final class ThompsonPlanner implements TouchPlanner {
    /** How far ahead a touch may be held for a better hour: one week, so every hour of the week can be reached. */
    public static final Duration HORIZON = Duration.ofDays(7);
    static final SendTimeGrid GRID = SendTimeGrid.HOUR_OF_WEEK;
    private static final ArmSpace TIMES = new ArmSpace(GRID, List.of(Channel.EMAIL), 1);
    private static final ArmSpace CHANNELS = new ArmSpace(SendTimeGrid.BLOCKS, List.of(Channel.values()), 1);
    private final OptimisationSettings settings;
    private final RecipientDirectory directory;
    private final Map<UUID, CampaignBandit> times = new HashMap<>();
    private final Map<String, CampaignBandit> channels = new HashMap<>();
    private final Map<PersonRef, Segment> segments = new HashMap<>();

    /**
     * @param outcomes   the sent touches to learn from
     * @param zones      each touched person's time zone (a person left out is not learnt from)
     * @param segmentOf  each touched person's segment (a person left out is not learnt from)
     * @param directory  where the segments of the people being scheduled are read
     */
    public ThompsonPlanner(List<TouchOutcome> outcomes, Map<PersonRef, ZoneId> zones, Map<PersonRef, Segment> segmentOf,
                           RecipientDirectory directory, OptimisationSettings settings) {
        this.settings = settings;
        this.directory = directory;
        Map<UUID, Map<Segment, ArmCounts[]>> hours = new HashMap<>();
        Map<String, Map<Segment, ArmCounts[]>> byChannel = new HashMap<>();
        for (TouchOutcome o : outcomes) {
            ZoneId zone = zones.get(o.person());
            Segment segment = segmentOf.get(o.person());
            if (zone == null || segment == null) {
                continue;
            }
            add(hours, o.planId(), segment, GRID.size(), bucket(o.sentAt(), zone), o.replied());
            add(byChannel, o.planId() + ":" + o.stepIndex(), segment, Channel.values().length, o.channel().ordinal(), o.replied());
        }
        hours.forEach((plan, rows) -> times.put(plan, bandit(TIMES, Dimension.SEND_TIME, rows, settings)));
        byChannel.forEach((key, rows) -> channels.put(key, bandit(CHANNELS, Dimension.CHANNEL, rows, settings)));
    }

    /** Reads every sent touch, its person's zone and segment from the ports (a few bulk reads). */
    public static ThompsonPlanner read(CampaignPorts ports, OptimisationSettings settings) {
        List<TouchOutcome> outcomes = ports.touches().outcomes();
        List<PersonRef> people = outcomes.stream().map(TouchOutcome::person).distinct().toList();
        Map<PersonRef, ZoneId> zones = new HashMap<>();
        ports.recipients().findAll(people).forEach((p, r) -> zones.put(p, r.zone()));
        return new ThompsonPlanner(outcomes, zones, ports.recipients().segments(people), ports.recipients(), settings);
    }

    /** The hour-of-week bucket of a send, in the recipient's zone. */
    static int bucket(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return GRID.bucketOf(local.getDayOfWeek(), local.getHour());
    }

    @Override
    public boolean learns() {
        return settings.enabled();
    }

    @Override
    public void prepare(Collection<PersonRef> people) {
        if (settings.enabled()) {
            List<PersonRef> missing = people.stream().filter(p -> !segments.containsKey(p)).distinct().toList();
            segments.putAll(directory.segments(missing));
        }
    }

    @Override
    public Channel channel(Enrolment enrolment, int stepIndex, Step step, List<Channel> reachable) {
        if (!settings.enabled() || reachable.size() < 2) {
            return TouchPlanner.super.channel(enrolment, stepIndex, step, reachable);
        }
        CampaignBandit bandit = channels.computeIfAbsent(enrolment.planId() + ":" + stepIndex,
                k -> new CampaignBandit(CHANNELS, settings));
        List<Integer> allowed = reachable.stream().map(Channel::ordinal).toList();
        int arm = bandit.chooseAmong(segmentOf(enrolment), Dimension.CHANNEL, allowed,
                random(enrolment, stepIndex, 0x5DEECE66DL));
        return Channel.values()[arm];
    }

    @Override
    public Instant firstTry(Enrolment enrolment, int stepIndex, Recipient recipient, SendWindow window, Instant now,
                            Instant earliest) {
        if (!settings.enabled()) {
            return TouchPlanner.super.firstTry(enrolment, stepIndex, recipient, window, now, earliest);
        }
        Map<Integer, Instant> slots = slots(window, recipient.zone(), earliest);
        if (slots.isEmpty()) {
            return window.nextOpen(earliest, recipient.zone());
        }
        CampaignBandit bandit = times.computeIfAbsent(enrolment.planId(), k -> new CampaignBandit(TIMES, settings));
        int bucket = bandit.chooseAmong(segmentOf(enrolment), Dimension.SEND_TIME, new ArrayList<>(slots.keySet()),
                random(enrolment, stepIndex, 0x2545F4914F6CDD1DL));
        return slots.get(bucket);
    }

    /** Each hour-of-week bucket the window is open in within the horizon from {@code from}, with its first open moment. */
    static Map<Integer, Instant> slots(SendWindow window, ZoneId zone, Instant from) {
        Map<Integer, Instant> slots = new LinkedHashMap<>();
        Instant end = from.plus(HORIZON);
        for (ZonedDateTime hour = from.atZone(zone).truncatedTo(ChronoUnit.HOURS); hour.toInstant().isBefore(end);
             hour = hour.plusHours(1)) {
            Instant start = hour.toInstant().isBefore(from) ? from : hour.toInstant();
            Instant open = window.nextOpen(start, zone);
            if (open.isBefore(hour.plusHours(1).toInstant()) && open.isBefore(end)) {
                slots.putIfAbsent(bucket(open, zone), open);
            }
        }
        return slots;
    }

    private Segment segmentOf(Enrolment enrolment) {
        return segments.getOrDefault(enrolment.person(), RecipientDirectory.segment(null, null));
    }

    private static Random random(Enrolment e, int stepIndex, long salt) {
        return new Random(e.id().getMostSignificantBits() * 31 + e.id().getLeastSignificantBits() + stepIndex * 0x9E3779B97F4A7C15L
                + salt);
    }

    static void add(Map<?, Map<Segment, ArmCounts[]>> into, Object key, Segment segment, int arms, int arm,
                            boolean replied) {
        @SuppressWarnings("unchecked")
        Map<Object, Map<Segment, ArmCounts[]>> map = (Map<Object, Map<Segment, ArmCounts[]>>) into;
        ArmCounts[] row = map.computeIfAbsent(key, k -> new HashMap<>()).computeIfAbsent(segment, s -> {
            ArmCounts[] empty = new ArmCounts[arms];
            Arrays.fill(empty, ArmCounts.NONE);
            return empty;
        });
        row[arm] = row[arm].after(replied);
    }

    /** A bandit holding each segment's counts in {@code dimension}, and their sum as the variant row (the base rate). */
    static CampaignBandit bandit(ArmSpace arms, Dimension dimension, Map<Segment, ArmCounts[]> rows,
                                 OptimisationSettings settings) {
        CampaignBandit bandit = new CampaignBandit(arms, settings);
        rows.forEach((segment, row) -> {
            bandit.restore(segment, dimension, List.of(row));
            bandit.restore(segment, Dimension.VARIANT, List.of(Arrays.stream(row).reduce(ArmCounts.NONE, ArmCounts::plus)));
        });
        return bandit;
    }
}
