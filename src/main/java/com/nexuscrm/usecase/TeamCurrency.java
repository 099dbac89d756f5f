package com.nexuscrm.usecase;

import com.nexuscrm.domain.CurrencyCode;
import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.storage.StoredDirectory;

/**
 * The workspace currency: the team setting {@code workspace.currency}, an ISO 4217 code, {@link CurrencyCode#DEFAULT}
 * while the team has none. Amounts without a currency of their own (an account's annual revenue, the deal of a
 * conversion, an imported deal without a currency column) are in it. Only an admin or a manager saves it (the team
 * server refuses anyone else); reps read it.
 */
public final class TeamCurrency {
    private final TeamSettingStore settings;

    public TeamCurrency(RecordRepository<TeamSetting> settings, Directory directory) {
        this.settings = new TeamSettingStore(settings, directory);
    }

    public static TeamCurrency of(Workspace workspace) {
        return new TeamCurrency(workspace.repository(TeamSetting.class), new StoredDirectory(workspace.store()));
    }

    /** The team's currency code, or USD when it has none (or its copy cannot be read). */
    public String load() {
        return settings.content(TeamSetting.WORKSPACE_CURRENCY).flatMap(content -> {
            try {
                return java.util.Optional.of(TeamSettingJson.readCurrency(content));
            } catch (IllegalArgumentException unreadable) {
                return java.util.Optional.empty();
            }
        }).orElse(CurrencyCode.DEFAULT);
    }

    /**
     * The team's rates into its currency (team setting {@code workspace.currency.rates}); none while the team has set
     * none, or when they were set for a currency the team has since left (they would turn euros into the wrong unit).
     */
    public com.nexuscrm.domain.deal.ExchangeRates rates() {
        String code = load();
        return settings.content(TeamSetting.EXCHANGE_RATES).flatMap(content -> {
            try {
                return java.util.Optional.of(TeamSettingJson.readRates(content));
            } catch (IllegalArgumentException unreadable) {
                return java.util.Optional.empty();
            }
        }).filter(r -> code.equals(r.currency())).orElse(com.nexuscrm.domain.deal.ExchangeRates.only(code));
    }

    /**
     * Saves the team's rates into its current currency ({@code perUnit}: code to the team-currency value of one unit)
     * and returns them; a code that is not ISO 4217, a rate not above zero, or a user who may not change them is
     * refused with a message, nothing stored.
     */
    public com.nexuscrm.domain.deal.ExchangeRates saveRates(java.util.Map<String, java.math.BigDecimal> perUnit) {
        if (!editable()) {
            throw new IllegalStateException("Only an admin or a manager can change the team's exchange rates; ask your"
                    + " manager to change them.");
        }
        com.nexuscrm.domain.deal.ExchangeRates rates = new com.nexuscrm.domain.deal.ExchangeRates(load(), perUnit);
        String content = TeamSettingJson.writeRates(rates);
        TeamSettingJson.readRates(content); // the same checks the team server makes
        settings.write(TeamSetting.EXCHANGE_RATES, content);
        return rates;
    }

    /** Whether this workstation's user may change it: an admin or a manager. */
    public boolean editable() {
        return settings.editable();
    }

    /**
     * Saves the code as typed (" eur " is EUR) for the team and returns it; a code that is not ISO 4217, or a user
     * who may not change it, is refused with a message saying what to do, nothing stored.
     */
    public String save(String typed) {
        if (!editable()) {
            throw new IllegalStateException("Only an admin or a manager can change the team's currency; ask your"
                    + " manager to change it.");
        }
        String code = CurrencyCode.normalise(typed);
        CurrencyCode.problem(code).ifPresent(problem -> { // said with the code as the person typed it
            throw new IllegalArgumentException(CurrencyCode.problem(typed == null ? null : typed.strip()).orElse(problem));
        });
        settings.write(TeamSetting.WORKSPACE_CURRENCY, TeamSettingJson.writeCurrency(code));
        return code;
    }
}
