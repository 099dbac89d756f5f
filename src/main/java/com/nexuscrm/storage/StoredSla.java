package com.nexuscrm.storage;

import com.nexuscrm.domain.Lead;
import com.nexuscrm.domain.LeadStatus;
import com.nexuscrm.domain.routing.RepBreaches;
import com.nexuscrm.domain.routing.SlaEscalation;
import com.nexuscrm.domain.routing.SlaRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SLA reads over the lead table and the {@code sla_escalation} record. */
public final class StoredSla implements SlaRepository {
    private final WorkspaceStore store;

    public StoredSla(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public List<Lead> waitingForResponse(Instant dueAfter) {
        return store.inTransaction(s -> s.createSelectionQuery("from Lead l where l.slaDueAt > :after"
                + " and l.deleted = false and l.firstResponseAt is null and l.status = :fresh and l.routedAt is not null"
                + " order by l.slaDueAt, l.id", Lead.class)
                .setParameter("after", dueAfter).setParameter("fresh", LeadStatus.NEW).setReadOnly(true).getResultList());
    }

    @Override
    public boolean recordEscalation(SlaEscalation e) {
        return store.withConnection(c -> {
            try (PreparedStatement i = c.prepareStatement("insert into sla_escalation(lead_id, due_at, rep_id, manager_id,"
                    + " escalated_at) select ?, ?, ?, ?, ? where not exists"
                    + " (select 1 from sla_escalation where lead_id = ? and due_at = ?)")) {
                i.setObject(1, e.leadId());
                i.setTimestamp(2, Timestamp.from(e.dueAt()));
                i.setObject(3, e.repId());
                i.setObject(4, e.managerId());
                i.setTimestamp(5, Timestamp.from(e.escalatedAt()));
                i.setObject(6, e.leadId());
                i.setTimestamp(7, Timestamp.from(e.dueAt()));
                return i.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<SlaEscalation> escalations(Instant from, Instant to) {
        return store.withConnection(c -> {
            List<SlaEscalation> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select lead_id, rep_id, manager_id, due_at, escalated_at"
                    + " from sla_escalation where escalated_at >= ? and escalated_at < ? order by escalated_at, lead_id")) {
                q.setTimestamp(1, Timestamp.from(from));
                q.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new SlaEscalation(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getObject(3, UUID.class), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()));
                    }
                }
            }
            return rows;
        });
    }

    @Override
    public List<RepBreaches> breachesByRep(Instant from, Instant to) {
        return store.withConnection(c -> {
            List<RepBreaches> rows = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement("select owner_id, count(*), sum(case when"
                    + " first_response_at > sla_due_at or first_response_at is null and status = 'NEW' then 1 else 0 end)"
                    + " from lead where deleted = false and routed_at is not null and sla_due_at >= ? and sla_due_at < ?"
                    + " group by owner_id order by 3 desc, 2 desc")) {
                q.setTimestamp(1, Timestamp.from(from));
                q.setTimestamp(2, Timestamp.from(to));
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new RepBreaches(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)));
                    }
                }
            }
            return rows;
        });
    }
}
