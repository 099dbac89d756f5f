package com.nexuscrm.server.campaign;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nexuscrm.domain.campaign.CampaignPlan;
import com.nexuscrm.domain.campaign.Consent;
import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.Recipient;
import com.nexuscrm.domain.campaign.Suppression;
import com.nexuscrm.protocol.CampaignHandover;
import com.nexuscrm.protocol.CampaignHandover.HandedEnrolment;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Takes one hand-over for one team (the caller's, from the token): checked whole first ({@link HandoverChecks}), then
 * stored in one transaction or not at all. Plans are upserted, enrolments added once (an enrolment of a person already
 * in that plan from another workstation is left out), a local exit ends the server's enrolment and cancels its
 * pending touches, a local pause (with its date) pauses it ({@link ServerPauses}), suppressions and consents are added once. Ids of another team's rows refuse the whole request.
 */
final class CampaignIntake {
    private static final int CHUNK = 500;

    private final DataSource ds;
    private final ObjectMapper json;
    private final Clock clock;

    CampaignIntake(DataSource ds, ObjectMapper json, Clock clock) {
        this.ds = ds;
        this.json = json;
        this.clock = clock;
    }

    CampaignHandover.Answer take(UUID team, CampaignHandover handover) {
        HandoverChecks.check(handover);
        return TeamRows.inTransaction(ds, c -> {
            refuseOtherTeams(c, team, handover);
            TeamPlans plans = new TeamPlans(ds, team, json, clock);
            int plansChanged = 0;
            for (CampaignPlan plan : handover.plans()) {
                plansChanged += plans.put(c, plan) ? 1 : 0;
            }
            Set<UUID> known = ids(c, "campaign_plan", team, true, handover.enrolments().stream()
                    .map(e -> e.enrolment().planId()).collect(Collectors.toSet()));
            int added = 0;
            int exits = 0;
            int cancelled = 0;
            for (HandedEnrolment h : handover.enrolments()) {
                if (!known.contains(h.enrolment().planId())) {
                    throw new HandoverChecks.Refused(400, "Enrolment " + h.enrolment().id() + ": its plan "
                            + h.enrolment().planId() + " is neither in this hand-over nor on the server; send the plan too.");
                }
                Enrolment server = TeamRows.list(c, "select id, plan_id, person_kind, person_id, current_step, status,"
                        + " exit_reason, enrolled_at from campaign_enrolment where id = ?", TeamEnrolments::row,
                        h.enrolment().id()).stream().findFirst().orElse(null);
                if (server == null) {
                    added += insert(c, team, h) ? 1 : 0;
                } else if (h.enrolment().status() == EnrolmentStatus.PAUSED) {
                    ServerPauses.apply(c, team, server, h, clock.instant());
                } else if ((server.active() || server.status() == EnrolmentStatus.PAUSED)
                        && h.enrolment().status() == EnrolmentStatus.EXITED) {
                    cancelled += cancelPending(c, team, h.enrolment().id(), "the workstation handed over an exit: "
                            + h.enrolment().exitReason());
                    exits += TeamRows.update(c, "update campaign_enrolment set status = 'EXITED', exit_reason = ?,"
                            + " updated_at = ?, resume_at = null, change_seq = " + TeamEnrolments.NEXT_SEQ
                            + " where id = ? and status in ('ACTIVE', 'PAUSED')",
                            h.enrolment().exitReason().name(), clock.instant(), server.id());
                }
            }
            TeamContactPolicy policy = new TeamContactPolicy(ds, team);
            for (Suppression s : handover.suppressions()) {
                policy.add(c, s);
            }
            for (Consent k : handover.consents()) {
                policy.add(c, k);
            }
            HandoverChanges.Page page = HandoverChanges.after(c, team, handover.cursor());
            return new CampaignHandover.Answer(plansChanged, added, exits, cancelled, page.touches(), page.enrolments(),
                    page.cursor(), page.replies(), page.suppressions(), page.tasks());
        });
    }

    /** Adds the enrolment unless this person is already in that plan (from another workstation); true when added. */
    private boolean insert(Connection c, UUID team, HandedEnrolment h) throws SQLException {
        Enrolment e = h.enrolment();
        Recipient r = h.recipient();
        boolean paused = e.status() == EnrolmentStatus.PAUSED;
        return TeamRows.update(c, "insert into campaign_enrolment(id, team_id, plan_id, person_kind, person_id, current_step,"
                + " status, exit_reason, enrolled_at, updated_at, change_seq, first_name, last_name, company, title, email,"
                + " phone, city, country, zone, score, stage, paused_at, resume_at) select ?,?,?,?,?,?,?,?,?,?,"
                + TeamEnrolments.NEXT_SEQ + ",?,?,?,?,?,?,?,?,?,?,?,?,? where not exists (select 1 from campaign_enrolment where team_id = ?"
                + " and plan_id = ? and person_id = ?)", e.id(), team, e.planId(), e.person().kind().name(), e.person().id(),
                e.currentStep(), e.status().name(), e.exitReason() == null ? null : e.exitReason().name(), e.enrolledAt(),
                clock.instant(), r.firstName(), r.lastName(), r.company(), r.title(), r.email(), r.phone(), r.city(),
                r.country(), r.zone().getId(), r.score(), r.stage(), paused ? h.pausedAt() : null, paused ? h.resumeAt() : null,
                team, e.planId(), e.person().id()) == 1;
    }

    static int cancelPending(Connection c, UUID team, UUID enrolmentId, String why) throws SQLException {
        return TeamRows.update(c, "update campaign_touch set status = 'CANCELLED', last_error = ?, change_seq = "
                + TeamEnrolments.NEXT_SEQ + " where enrolment_id = ? and team_id = ? and status = 'PENDING'",
                why, enrolmentId, team);
    }

    /** Plans or enrolments of this hand-over that another team has: the whole request is refused. */
    private static void refuseOtherTeams(Connection c, UUID team, CampaignHandover h) throws SQLException {
        Set<UUID> plans = ids(c, "campaign_plan", team, false, h.plans().stream().map(CampaignPlan::id).toList());
        plans.addAll(ids(c, "campaign_plan", team, false, h.enrolments().stream().map(e -> e.enrolment().planId()).toList()));
        Set<UUID> enrolments = ids(c, "campaign_enrolment", team, false,
                h.enrolments().stream().map(e -> e.enrolment().id()).toList());
        if (!plans.isEmpty() || !enrolments.isEmpty()) {
            List<String> named = new ArrayList<>();
            plans.stream().limit(5).forEach(id -> named.add("plan " + id));
            enrolments.stream().limit(5).forEach(id -> named.add("enrolment " + id));
            throw new HandoverChecks.Refused(403, "This hand-over names " + String.join(", ", named) + (plans.size()
                    + enrolments.size() > named.size() ? " and more" : "") + ", which belong to another team;"
                    + " nothing was stored. Hand over only your own team's campaigns.");
        }
    }

    /** Which of {@code ids} are rows of {@code table} of this team ({@code sameTeam}) or of another team. */
    private static Set<UUID> ids(Connection c, String table, UUID team, boolean sameTeam, Collection<UUID> ids)
            throws SQLException {
        List<UUID> all = new ArrayList<>(new HashSet<>(ids));
        Set<UUID> found = new HashSet<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            String marks = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            List<Object> args = new ArrayList<>(chunk);
            args.add(team);
            found.addAll(TeamRows.list(c, "select id from " + table + " where id in (" + marks + ") and team_id "
                    + (sameTeam ? "=" : "<>") + " ?", rs -> rs.getObject(1, UUID.class), args.toArray()));
        }
        return found;
    }
}
