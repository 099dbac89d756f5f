package com.nexuscrm.sample;

import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.DealRole;
import java.util.List;

/**
 * The people a deal will involve and how engaged they are, drawn before its fate ({@link BuyingGroups#committee}) and
 * part of what decides it ({@link OutcomeModel#wins}): {@code engagement} is the latent deal engagement {@code D} (see
 * {@link SampleWorkspace}), {@code group} everyone the deal will reach, primary contact first, and {@code roles} their
 * roles, in the same order. An open deal shows only the part of the group it has met so far.
 */
record BuyingCommittee(double engagement, List<Contact> group, List<DealRole> roles) {
    BuyingCommittee {
        group = List.copyOf(group);
        roles = List.copyOf(roles);
    }

    boolean economicBuyer() {
        return roles.contains(DealRole.ECONOMIC_BUYER);
    }

    boolean champion() {
        return roles.contains(DealRole.CHAMPION);
    }

    /** The people besides the primary contact (the deal's extra threads). */
    int others() {
        return Math.max(0, group.size() - 1);
    }
}
