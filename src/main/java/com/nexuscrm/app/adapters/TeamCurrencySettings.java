package com.nexuscrm.app.adapters;

import com.nexuscrm.ui.settings.CurrencySettings;
import com.nexuscrm.usecase.TeamCurrency;

/** Settings → Currency over the team-settings use case; {@code saved} runs after a save (the screens re-read it). */
public final class TeamCurrencySettings implements CurrencySettings {
    private final TeamCurrency currency;
    private final Runnable saved;

    public TeamCurrencySettings(TeamCurrency currency, Runnable saved) {
        this.currency = currency;
        this.saved = saved;
    }

    @Override
    public String load() { return currency.load(); }

    @Override
    public String save(String typed) {
        String code = currency.save(typed);
        saved.run();
        return code;
    }

    @Override
    public boolean editable() { return currency.editable(); }
}
