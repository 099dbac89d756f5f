package com.nexuscrm.storage;

import com.nexuscrm.domain.Account;
import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealFeatureReads;
import com.nexuscrm.domain.DealLineItem;
import com.nexuscrm.domain.DealRole;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.ForecastCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * {@link DealFeatureReads} on Hibernate projections: one query per table over the feature columns only, rows built
 * into transient records (no managed entities, no snapshots, no text columns decrypted that the features do not use).
 * The filters and orders are {@code findAll}'s and {@code allHistory}'s, so the features are the same.
 */
final class StoredDealFeatures implements DealFeatureReads {
    private final WorkspaceStore store;

    StoredDealFeatures(WorkspaceStore store) {
        this.store = store;
    }

    @Override
    public Records read() {
        return store.inTransaction(s -> new Records(
                rows(s, "select id, stage, amount, createdAt, closeDate, closedAt, forecastCategory, ownerId, accountId,"
                        + " lastCallAt, lastCallSentiment, lastCallObjections, lastCallCompetitors from Deal"
                        + " where deleted = false order by id", StoredDealFeatures::deal),
                rows(s, "select id, dealId, changedAt, stage, amount, closeDate, forecastCategory from DealChange c"
                        + " where c.deleted = false order by c.dealId, c.changedAt, c.id", StoredDealFeatures::change),
                rows(s, "select id, industry, employees, annualRevenue from Account where deleted = false order by id", r -> {
                    Account a = new Account((UUID) r[0]);
                    a.setIndustry((String) r[1]);
                    a.setEmployees((Integer) r[2]);
                    a.setAnnualRevenue((BigDecimal) r[3]);
                    return a;
                }),
                rows(s, "select id, title from Contact where deleted = false order by id", r -> {
                    Contact c = new Contact((UUID) r[0]);
                    c.setTitle((String) r[1]);
                    return c;
                }),
                rows(s, "select id, dealId, contactId, role from DealContact where deleted = false order by id", r -> {
                    DealContact c = new DealContact((UUID) r[0]);
                    c.setDealId((UUID) r[1]);
                    c.setContactId((UUID) r[2]);
                    c.setRole((DealRole) r[3]);
                    return c;
                }),
                rows(s, "select id, dealId from DealLineItem where deleted = false order by id", r -> {
                    DealLineItem i = new DealLineItem((UUID) r[0]);
                    i.setDealId((UUID) r[1]);
                    return i;
                }),
                // type, outcome, contact, duration and subject: what domain.deal.Touchpoint reads for the engagement columns
                rows(s, "select id, dealId, occurredAt, type, outcome, contactId, durationSeconds, subject from Activity"
                        + " where deleted = false and dealId is not null order by id", r -> {
                            Activity a = new Activity((UUID) r[0]);
                            a.setDealId((UUID) r[1]);
                            a.setOccurredAt((Instant) r[2]);
                            a.setType((com.nexuscrm.domain.ActivityType) r[3]);
                            a.setOutcome((String) r[4]);
                            a.setContactId((UUID) r[5]);
                            a.setDurationSeconds((Integer) r[6]);
                            a.setSubject((String) r[7]);
                            return a;
                        })));
    }

    private static <T> List<T> rows(Session s, String hql, Function<Object[], T> record) {
        return s.createSelectionQuery(hql, Object[].class).setReadOnly(true).getResultList().stream().map(record).toList();
    }

    private static Deal deal(Object[] r) {
        Deal d = new Deal((UUID) r[0]);
        d.setStage((DealStage) r[1]);
        d.setAmount((BigDecimal) r[2]);
        d.setCreatedAt((Instant) r[3]);
        d.setCloseDate((LocalDate) r[4]);
        d.setClosedAt((Instant) r[5]);
        d.setForecastCategory((ForecastCategory) r[6]);
        d.setOwnerId((UUID) r[7]);
        d.setAccountId((UUID) r[8]);
        d.setLastCallAt((Instant) r[9]);
        d.setLastCallSentiment((Double) r[10]);
        d.setLastCallObjections((String) r[11]);
        d.setLastCallCompetitors((String) r[12]);
        return d;
    }

    private static DealChange change(Object[] r) {
        DealChange c = new DealChange((UUID) r[0]);
        c.setDealId((UUID) r[1]);
        c.setChangedAt((Instant) r[2]);
        c.setStage((DealStage) r[3]);
        c.setAmount((BigDecimal) r[4]);
        c.setCloseDate((LocalDate) r[5]);
        c.setForecastCategory((ForecastCategory) r[6]);
        return c;
    }
}
