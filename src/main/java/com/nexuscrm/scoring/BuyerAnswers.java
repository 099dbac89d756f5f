package com.nexuscrm.scoring;

import com.nexuscrm.domain.Activity;
import com.nexuscrm.domain.deal.Touchpoint;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a deal's activities up to a moment say about its buyers, for {@link WorkspaceDeals}' engagement columns:
 * two-way contacts, the answered share of calls and emails, when they last answered, how many of them did, and how
 * often the rep reached out. Activities are read as deal health reads them ({@link Touchpoint}, the built-in outcome
 * list: a team's renamed outcomes fall back to it).
 */
record BuyerAnswers(double twoWay, double outreach, double answers, double people, double facing, Instant lastTwoWay) {
    static BuyerAnswers of(List<Activity> activities, Instant asOf) {
        double twoWay = 0;
        double outreach = 0;
        double answers = 0;
        double facing = 0;
        Instant last = null;
        Set<UUID> answered = new HashSet<>();
        for (Activity a : activities) {
            if (!WorkspaceDeals.before(a, asOf, null)) {
                continue;
            }
            Touchpoint t = Touchpoint.of(a, null, asOf);
            outreach += t.outreach() ? 1 : 0;
            answers += t.answer() ? 1 : 0;
            facing += t.customerFacing() ? 1 : 0;
            if (t.twoWay()) {
                twoWay++;
                last = last == null || t.at().isAfter(last) ? t.at() : last;
                if (t.contactId() != null) {
                    answered.add(t.contactId());
                }
            }
        }
        return new BuyerAnswers(twoWay, outreach, answers, answered.size(), facing, last);
    }

    Double responseRate() {
        return outreach == 0 ? null : answers / outreach;
    }

    Double daysSinceTwoWay(Instant asOf) {
        return WorkspaceDeals.days(lastTwoWay, asOf);
    }

    /** Per 30 days of the deal's age (at least a week, so a new deal's first call is not a storm). */
    Double perMonth(Double ageDays) {
        return ageDays == null ? null : 30 * facing / Math.max(7, ageDays);
    }
}
