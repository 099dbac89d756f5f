package com.nexuscrm.domain.account;

import com.nexuscrm.domain.AccountRow;
import com.nexuscrm.domain.DealStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the Team view reads of every account at once (implemented by {@code storage.StoredTeamAccounts}): one query
 * per kind over all live accounts, grouped by account, instead of {@link AccountHistory}'s one query per account and
 * kind. Maps hold only the accounts that have rows of that kind.
 */
public interface TeamAccountHistory {
    /** Every live account, by name. */
    List<AccountRow> accounts();

    /** Every live activity, by account (logged on it or rolled up to it). */
    Map<UUID, List<AccountActivity>> activities();

    /** Every live support ticket, by account. */
    Map<UUID, List<AccountTicket>> tickets();

    /** Monthly product usage, by account. */
    Map<UUID, List<UsageMonth>> usage();

    /** The analysed calls made from {@code since} on, by account, newest first. */
    Map<UUID, List<AccountHistory.RecordedCall>> analysedCalls(Instant since);

    /** Every live deal, by account. */
    Map<UUID, List<TeamDeal>> deals();

    /** How many live contacts of each account are a champion on one of its live deals (accounts with none left out). */
    Map<UUID, Integer> champions();

    /** The team's users' names by id. */
    Map<UUID, String> userNames();

    /** A deal as the Team view reads it: with when it was closed ({@code closedAt}, else its close date). */
    record TeamDeal(UUID id, String name, DealStage stage, BigDecimal amount, String currency, LocalDate closeDate,
                    Instant closedAt) {
        public boolean won() {
            return stage == DealStage.CLOSED_WON;
        }

        public boolean lost() {
            return stage == DealStage.CLOSED_LOST;
        }
    }
}
