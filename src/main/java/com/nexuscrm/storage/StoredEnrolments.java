package com.nexuscrm.storage;

import com.nexuscrm.domain.campaign.Enrolment;
import com.nexuscrm.domain.campaign.EnrolmentCounts;
import com.nexuscrm.domain.campaign.EnrolmentRepository;
import com.nexuscrm.domain.campaign.EnrolmentStatus;
import com.nexuscrm.domain.campaign.ExitReason;
import com.nexuscrm.domain.campaign.PersonRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Enrolments in the local {@code campaign_enrolment} table (V20, pause columns V22): one per person and plan. */
public final class StoredEnrolments implements EnrolmentRepository {
    private static final String COLUMNS = "select id, plan_id, person_kind, person_id, current_step, status, exit_reason,"
            + " enrolled_at from campaign_enrolment";

    private final WorkspaceStore store;
    private final Clock clock;

    public StoredEnrolments(WorkspaceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Enrolment enrol(Enrolment e) {
        Optional<Enrolment> existing = list(COLUMNS + " where plan_id = ? and person_id = ?", e.planId(), e.person().id())
                .stream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        update("insert into campaign_enrolment(id, plan_id, person_kind, person_id, current_step, status, enrolled_at,"
                        + " updated_at) values (?,?,?,?,?,?,?,?)", e.id(), e.planId(), e.person().kind().name(),
                e.person().id(), e.currentStep(), e.status().name(), Timestamp.from(e.enrolledAt()), now());
        return e;
    }

    @Override
    public Optional<Enrolment> find(UUID id) {
        return list(COLUMNS + " where id = ?", id).stream().findFirst();
    }

    @Override
    public List<Enrolment> active() {
        return list(COLUMNS + " where status = 'ACTIVE' order by enrolled_at, id");
    }

    @Override
    public List<Enrolment> forPlan(UUID planId) {
        return list(COLUMNS + " where plan_id = ? order by enrolled_at, id", planId);
    }

    @Override
    public List<EnrolmentCounts> countsByPlan() {
        return CampaignRows.list(store, "select plan_id, count(*), count(case when status in ('ACTIVE', 'PAUSED') then 1 end),"
                + " count(case when status = 'COMPLETED' then 1 end), count(case when exit_reason = 'REPLIED' then 1 end),"
                + " count(case when exit_reason = 'BOUNCED' then 1 end), count(case when exit_reason = 'UNSUBSCRIBED' then 1 end)"
                + " from campaign_enrolment group by plan_id", rs -> new EnrolmentCounts(rs.getObject(1, UUID.class),
                rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
    }

    @Override
    public List<Enrolment> activeFor(UUID personId) {
        return list(COLUMNS + " where person_id = ? and status in ('ACTIVE', 'PAUSED') order by enrolled_at, id", personId);
    }

    @Override
    public void advance(UUID id, int step, boolean completed) {
        update("update campaign_enrolment set current_step = ?, status = ?, updated_at = ? where id = ? and status = 'ACTIVE'",
                step, (completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE).name(), now(), id);
    }

    @Override
    public boolean exit(UUID id, ExitReason reason) {
        return update("update campaign_enrolment set status = 'EXITED', exit_reason = ?, resume_at = null, updated_at = ?"
                + " where id = ? and status in ('ACTIVE', 'PAUSED')", reason.name(), now(), id) == 1;
    }

    @Override
    public boolean pause(UUID id, Instant until) {
        return update("update campaign_enrolment set status = 'PAUSED', exit_reason = null, paused_at = ?, resume_at = ?,"
                + " updated_at = ? where id = ? and (status = 'ACTIVE' or status = 'EXITED' and exit_reason = 'REPLIED')",
                now(), Timestamp.from(until), now(), id) == 1;
    }

    @Override
    public Optional<Instant> pausedUntil(UUID id) {
        return CampaignRows.list(store, "select resume_at from campaign_enrolment where id = ? and status = 'PAUSED'",
                rs -> CampaignRows.instant(rs, 1), id).stream().findFirst();
    }

    @Override
    public List<Enrolment> resumeDue(Instant now) {
        record Due(UUID id, Instant pausedAt, Instant resumeAt) { }
        List<Due> due = CampaignRows.list(store, "select id, paused_at, resume_at from campaign_enrolment where status ="
                + " 'PAUSED' and resume_at <= ? order by resume_at, id", rs -> new Due(rs.getObject(1, UUID.class),
                CampaignRows.instant(rs, 2), CampaignRows.instant(rs, 3)), Timestamp.from(now));
        List<Enrolment> resumed = new ArrayList<>();
        for (Due d : due) {
            Duration paused = d.pausedAt() == null ? Duration.ZERO : Duration.between(d.pausedAt(), d.resumeAt());
            if (update("update campaign_enrolment set status = 'ACTIVE', enrolled_at = dateadd('MILLISECOND', ?, enrolled_at),"
                    + " paused_at = null, resume_at = null, updated_at = ? where id = ? and status = 'PAUSED'",
                    Math.max(0, paused.toMillis()), now(), d.id()) == 1) {
                find(d.id()).ifPresent(resumed::add);
            }
        }
        return resumed;
    }

    /** When a paused enrolment was paused; empty when it is not paused. */
    public Optional<Instant> pausedSince(UUID id) {
        return CampaignRows.list(store, "select paused_at from campaign_enrolment where id = ? and status = 'PAUSED'",
                rs -> CampaignRows.instant(rs, 1), id).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * Mirrors an enrolment's state as the team server has it (step, status, exit). A local exit is never undone (nor
     * turned into a pause); a local pause ends when the server resumes or ends the enrolment, but the server's exit by
     * the very reply that led to the pause does not undo it (that change may come again before the pause is handed over).
     */
    public void mirror(UUID id, int step, EnrolmentStatus status, ExitReason reason) {
        String s = status.name();
        String why = reason == null ? null : reason.name();
        update("update campaign_enrolment set current_step = ?, status = ?, exit_reason = ?, updated_at = ?,"
                + " paused_at = case when ? = 'PAUSED' then paused_at end, resume_at = case when ? = 'PAUSED' then resume_at"
                + " end where id = ? and (status in ('ACTIVE', 'PAUSED') or ? not in ('ACTIVE', 'PAUSED'))"
                + " and not (status = 'PAUSED' and ? = 'EXITED' and coalesce(?, '') = 'REPLIED')",
                step, s, why, now(), s, s, id, s, s, why);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private int update(String sql, Object... args) {
        return CampaignRows.update(store, sql, args);
    }

    private List<Enrolment> list(String sql, Object... args) {
        return CampaignRows.list(store, sql, StoredEnrolments::row, args);
    }

    private static Enrolment row(ResultSet rs) throws SQLException {
        String exit = rs.getString(7);
        return new Enrolment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                new PersonRef(PersonRef.Kind.valueOf(rs.getString(3)), rs.getObject(4, UUID.class)), rs.getInt(5),
                EnrolmentStatus.valueOf(rs.getString(6)), exit == null ? null : ExitReason.valueOf(exit),
                CampaignRows.instant(rs, 8));
    }
}
