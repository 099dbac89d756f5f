package com.nexuscrm.sample;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.Document;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Opens deals and plays them forward to the reference "now". Each deal has a buying committee drawn first
 * ({@link DealHistoryFactory#committee}), a fate drawn from {@link OutcomeModel#wins} and a cycle length
 * that grows with its amount; a deal whose cycle has not
 * ended yet is open, in the stage matching how far through its cycle it is. Its history, buying group and line
 * items come from {@link DealHistoryFactory}, which settles the amount, open stage and close date.
 */
final class DealFactory {
    private static final List<String> LOST_REASONS = List.of("Chose a competitor", "Timing", "Missing feature",
            "Budget cut", "Went dark", "Price");

    private final OutcomeModel model;
    private final SalesOrg org;
    private final Draws draws;
    private final SampleClock clock;
    private final DealHistoryFactory histories;

    DealFactory(OutcomeModel model, SalesOrg org, Draws draws, SampleClock clock, DealHistoryFactory histories) {
        this.model = model;
        this.org = org;
        this.draws = draws;
        this.clock = clock;
        this.histories = histories;
    }

    DealPlan open(AccountState account, Contact contact, Instant createdAt, double fit, UUID ownerId,
                  SampleBatch batch) {
        Segment segment = account.company().segment();
        double amount = Math.max(1_000, Math.round(draws.logNormal(segment.medianDealAmount(), 0.55) / 100.0) * 100.0);
        int planned = draws.poisson(segment.typicalActivities() * Math.exp(0.5 * (draws.gaussian() + 0.3 * fit)));
        BuyingCommittee committee = histories.committee(account, contact);
        boolean won = model.wins(segment, amount, planned, fit, org.skill(ownerId), committee);
        double cycleDays = draws.logNormal(segment.medianCycleDays()
                * Math.pow(amount / segment.medianDealAmount(), 0.3), 0.4) * (won ? 1.0 : 0.75);
        Deal deal = new Deal(clock.id(createdAt));
        describe(deal, account, contact, segment, amount);
        deal.setCreatedAt(createdAt);
        deal.setOwnerId(ownerId);
        deal.setTeamId(org.teamFor(segment).getId());
        Instant end = SampleClock.plusDays(createdAt, cycleDays);
        double progress = SampleClock.daysBetween(createdAt, clock.now()) / cycleDays;
        if (progress >= 1) {
            close(deal, won, end, amount, planned, segment);
            if (won) {
                account.recordWin(end, amount);
            }
        } else {
            deal.setStage(openStage(progress));
            deal.setCloseDate(LocalDate.ofInstant(end, ZoneOffset.UTC));
        }
        DealEngagement engagement = histories.play(deal, account, committee, contact != null, won, cycleDays,
                batch);
        batch.add(deal);
        paperwork(deal, progress, won, cycleDays, batch);
        int done = progress >= 1 ? planned : (int) Math.round(planned * progress);
        return new DealPlan(deal, done, clock.notAfterNow(end), engagement);
    }

    private static void describe(Deal deal, AccountState account, Contact contact, Segment segment, double amount) {
        deal.setName(account.company().name() + " - " + plan(segment) + ", " + seats(amount, segment) + " seats");
        deal.setAccountId(account.account().getId());
        deal.setPrimaryContactId(contact == null ? null : contact.getId());
        deal.setAmount(BigDecimal.valueOf((long) amount));
        deal.setCurrency("USD");
    }

    private void close(Deal deal, boolean won, Instant closedAt, double amount, int activities, Segment segment) {
        deal.setStage(won ? DealStage.CLOSED_WON : DealStage.CLOSED_LOST);
        deal.setClosedAt(closedAt);
        deal.setCloseDate(LocalDate.ofInstant(closedAt, ZoneOffset.UTC));
        if (!won) {
            deal.setLostReason(lostReason(amount / segment.medianDealAmount(),
                    activities / segment.typicalActivities()));
        }
    }

    private String lostReason(double priceRatio, double effortRatio) {
        if (priceRatio > 1.6 && draws.chance(0.6)) {
            return "Price";
        }
        if (effortRatio < 0.5 && draws.chance(0.6)) {
            return "No decision";
        }
        return draws.pick(LOST_REASONS);
    }

    private static DealStage openStage(double progress) {
        if (progress < 0.2) {
            return DealStage.PROSPECTING;
        }
        if (progress < 0.45) {
            return DealStage.QUALIFICATION;
        }
        return progress < 0.7 ? DealStage.PROPOSAL : DealStage.NEGOTIATION;
    }

    /** A proposal once a deal reaches that stage, and an order form when it is won. */
    private void paperwork(Deal deal, double progress, boolean won, double cycleDays, SampleBatch batch) {
        boolean proposed = progress >= 0.45 && (progress < 1 || won);
        if (proposed) {
            batch.add(document(deal, "proposal", "Proposal", SampleClock.plusDays(deal.getCreatedAt(), 0.45 * cycleDays)));
        }
        if (deal.getStage() == DealStage.CLOSED_WON) {
            batch.add(document(deal, "contract", "Order form", deal.getClosedAt()));
        }
    }

    private Document document(Deal deal, String kind, String title, Instant createdAt) {
        Document document = new Document(clock.id(createdAt));
        document.setAccountId(deal.getAccountId());
        document.setDealId(deal.getId());
        document.setKind(kind);
        document.setTitle(title + " - " + deal.getName());
        document.setFileName(kind + "-" + deal.getId().toString().substring(0, 8) + ".pdf");
        document.setSizeBytes((long) draws.between(60_000, 2_500_000));
        document.setCreatedAt(createdAt);
        document.setOwnerId(deal.getOwnerId());
        document.setTeamId(deal.getTeamId());
        return document;
    }

    /** The seats an amount buys at the segment's list price. */
    static int seats(double amount, Segment segment) {
        return (int) Math.max(3, Math.round(amount / pricePerSeat(segment)));
    }

    static String plan(Segment segment) {
        return switch (segment) {
            case SMB -> "Team";
            case MID_MARKET -> "Business";
            case ENTERPRISE -> "Enterprise";
        };
    }

    static double pricePerSeat(Segment segment) {
        return switch (segment) {
            case SMB -> 600;
            case MID_MARKET -> 900;
            case ENTERPRISE -> 1_200;
        };
    }
}
