package com.nexuscrm.sample;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealContact;
import com.nexuscrm.domain.DealRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A deal's buying group: its primary contact and up to four more people of the account, each with a role, drawn
 * before the deal's fate ({@link BuyingCommittee}, which {@link OutcomeModel#wins} uses). Engaged deals reach more
 * people and more often the economic buyer; bigger segments have bigger groups; an open deal has met fewer people the
 * earlier it is. The primary contact is linked when the deal opens, the others join during the
 * first {@value #JOINED_BY} of the cycle, each link's id dated when it was made (as {@code SaveDeal} dates a link a rep
 * adds), so a deal described as of a moment ({@code scoring.WorkspaceDeals}) counts only the people it had then.
 */
final class BuyingGroups {
    static final int MAX_SIZE = 5;
    /** The share of the cycle by which the whole group has been met. */
    static final double JOINED_BY = 0.6;

    private final Draws draws;
    private final SampleClock clock;
    /** When each person joined: a stream of its own. */
    private final Draws timing;

    BuyingGroups(Draws draws, SampleClock clock, Draws timing) {
        this.draws = draws;
        this.clock = clock;
        this.timing = timing;
    }

    /**
     * Draws the group the deal will reach (primary first) and its roles, before the deal's fate: engaged deals reach
     * more people and more often the economic buyer, bigger segments have bigger groups.
     */
    BuyingCommittee committee(AccountState account, Contact primary, double engagement) {
        List<Contact> others = new ArrayList<>(account.contacts());
        others.remove(primary);
        double mean = groupSize(account.company().segment()) * Math.exp(0.45 * engagement);
        int extra = Math.min(draws.poisson(mean), MAX_SIZE - 1);
        List<Contact> group = new ArrayList<>();
        if (primary != null) {
            group.add(primary);
        }
        for (int i = Math.min(extra, others.size()); i > 0; i--) {
            group.add(others.remove(draws.between(0, others.size() - 1)));
        }
        return new BuyingCommittee(engagement, group, roles(group, engagement));
    }

    /**
     * Adds the {@link DealContact} rows of the people met by {@code progress} (the whole group once
     * {@value #JOINED_BY} of the cycle has passed) to the batch and returns them, primary first.
     */
    List<Contact> link(Deal deal, BuyingCommittee committee, boolean hasPrimary, double progress, double cycleDays,
                       SampleBatch batch) {
        List<Contact> group = committee.group();
        int extra = group.size() - (hasPrimary ? 1 : 0);
        int met = (hasPrimary ? 1 : 0) + (int) Math.round(extra * Math.min(1, progress / JOINED_BY));
        for (int i = 0; i < met; i++) {
            boolean first = i == 0 && hasPrimary;
            double share = first ? 0 : timing.uniform() * Math.min(progress, JOINED_BY);
            batch.add(link(deal, group.get(i), committee.roles().get(i),
                    SampleClock.plusDays(deal.getCreatedAt(), share * cycleDays)));
        }
        return List.copyOf(group.subList(0, met));
    }

    /**
     * The primary contact usually champions the deal; the most senior person is the economic buyer when the deal
     * reached them (more likely the more engaged and wider the group); the rest are technical, legal or other.
     */
    private List<DealRole> roles(List<Contact> group, double engagement) {
        List<DealRole> roles = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            roles.add(i == 0 ? (draws.chance(Draws.sigmoid(0.2 + 0.8 * engagement)) ? DealRole.CHAMPION : DealRole.OTHER)
                    : otherRole());
        }
        boolean reachedBuyer = draws.chance(Draws.sigmoid(-0.9 + 0.9 * engagement + 0.4 * (group.size() - 1)));
        if (reachedBuyer && !group.isEmpty()) {
            Contact senior = group.stream().max(Comparator.comparingInt(BuyingGroups::rank)).orElseThrow();
            roles.set(group.indexOf(senior), DealRole.ECONOMIC_BUYER);
        }
        return roles;
    }

    private DealRole otherRole() {
        double x = draws.uniform();
        return x < 0.5 ? DealRole.TECHNICAL : x < 0.7 ? DealRole.LEGAL : DealRole.OTHER;
    }

    private DealContact link(Deal deal, Contact contact, DealRole role, Instant joined) {
        DealContact link = new DealContact(clock.id(clock.notAfterNow(joined)));
        link.setDealId(deal.getId());
        link.setContactId(contact.getId());
        link.setRole(role);
        link.setOwnerId(deal.getOwnerId());
        link.setTeamId(deal.getTeamId());
        return link;
    }

    /** Buying power read from the title, as a rep would. */
    static int rank(Contact contact) {
        String title = contact.getTitle() == null ? "" : contact.getTitle();
        if (title.startsWith("Chief")) {
            return 4;
        }
        return title.startsWith("VP") ? 3 : title.startsWith("Director") ? 2 : title.contains("Manager") ? 1 : 0;
    }

    private static double groupSize(Segment segment) {
        return switch (segment) {
            case SMB -> 0.6;
            case MID_MARKET -> 1.1;
            case ENTERPRISE -> 1.8;
        };
    }
}
