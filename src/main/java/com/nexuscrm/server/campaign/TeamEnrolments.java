package com.nexuscrm.server.campaign;

import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentCounts;
import com.nexuscrm.domain.campaign.EnrolmentRepository;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One team's enrolments in the server's {@code campaign_enrolment} table (V6). They arrive by hand-over with the
 * recipient's data ({@link TeamRecipients}); every change takes the next {@code change_seq}, so workstations mirror it.
 * A workstation's pause (out of office) is handed over and kept here; the runner resumes it at its date.
 */
final class TeamEnrolments implements EnrolmentRepository {
    static final String NEXT_SEQ = "nextval('campaign_change_seq')";
    private static final String COLUMNS = "select id, plan_id, person_kind, person_id, current_step, status, exit_reason,"
            + " enrolled_at from campaign_enrolment";

    private final DataSource ds;
    private final UUID team;
    private final Clock clock;

    TeamEnrolments(DataSource ds, UUID team, Clock clock) {
        this.ds = ds;
        this.team = team;
        this.clock = clock;
    }

    /** Enrolments arrive with their recipient by hand-over ({@link CampaignIntake}); the engine never enrols here. */
    @Override
    public Enrolment enrol(Enrolment e) {
        return list(COLUMNS + " where team_id = ? and plan_id = ? and person_id = ?", team, e.planId(), e.person().id())
                .stream().findFirst().orElseThrow(() -> new IllegalStateException("On the team server, people are enrolled"
                        + " on a workstation and handed over with their recipient data."));
    }

    @Override
    public Optional<Enrolment> find(UUID id) {
        return list(COLUMNS + " where id = ? and team_id = ?", id, team).stream().findFirst();
    }

    @Override
    public List<Enrolment> active() {
        return list(COLUMNS + " where team_id = ? and status = 'ACTIVE' order by enrolled_at, id", team);
    }

    @Override
    public List<Enrolment> forPlan(UUID planId) {
        return list(COLUMNS + " where team_id = ? and plan_id = ? order by enrolled_at, id", team, planId);
    }

    @Override
    public List<EnrolmentCounts> countsByPlan() {
        return TeamRows.list(ds, "select plan_id, count(*), count(case when status in ('ACTIVE', 'PAUSED') then 1 end),"
                + " count(case when status = 'COMPLETED' then 1 end), count(case when exit_reason = 'REPLIED' then 1 end),"
                + " count(case when exit_reason = 'BOUNCED' then 1 end), count(case when exit_reason = 'UNSUBSCRIBED' then 1 end)"
                + " from campaign_enrolment where team_id = ? group by plan_id", rs -> new EnrolmentCounts(
                rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
                rs.getInt(7)), team);
    }

    @Override
    public List<Enrolment> activeFor(UUID personId) {
        return list(COLUMNS + " where team_id = ? and person_id = ? and status in ('ACTIVE', 'PAUSED') order by enrolled_at, id",
                team, personId);
    }

    @Override
    public void advance(UUID id, int step, boolean completed) {
        TeamRows.update(ds, "update campaign_enrolment set current_step = ?, status = ?, updated_at = ?, change_seq = "
                + NEXT_SEQ + " where id = ? and team_id = ? and status = 'ACTIVE'", step,
                (completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE).name(), clock.instant(), id, team);
    }

    @Override
    public boolean exit(UUID id, ExitReason reason) {
        return TeamRows.update(ds, "update campaign_enrolment set status = 'EXITED', exit_reason = ?, updated_at = ?,"
                + " resume_at = null, change_seq = " + NEXT_SEQ + " where id = ? and team_id = ? and status in ('ACTIVE',"
                + " 'PAUSED')", reason.name(),
                clock.instant(), id, team) == 1;
    }

    /** Pauses a running enrolment (or one a reply ended) until a date ({@link ServerPauses}). */
    @Override
    public boolean pause(UUID id, Instant until) {
        return TeamRows.with(ds, c -> ServerPauses.pause(c, team, id, clock.instant(), until, clock.instant()));
    }

    @Override
    public Optional<Instant> pausedUntil(UUID id) {
        return TeamRows.list(ds, "select resume_at from campaign_enrolment where id = ? and team_id = ? and status = 'PAUSED'",
                rs -> TeamRows.instant(rs, 1), id, team).stream().findFirst();
    }

    /** Paused enrolments whose date has come run again (the runner's first step); the ones resumed. */
    @Override
    public List<Enrolment> resumeDue(Instant now) {
        return TeamRows.inTransaction(ds, c -> ServerPauses.resumeDue(c, team, now)).stream()
                .map(this::find).flatMap(Optional::stream).toList();
    }

    private List<Enrolment> list(String sql, Object... args) {
        return TeamRows.list(ds, sql, TeamEnrolments::row, args);
    }

    static Enrolment row(ResultSet rs) throws SQLException {
        String exit = rs.getString(7);
        return new Enrolment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                new PersonRef(PersonRef.Kind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class)), rs.getInt(5),
                EnrolmentStatus.valueOf(rs.getString(6)), exit == null ? null : ExitReason.valueOf(exit),
                TeamRows.instant(rs, 8));
    }
}
