package com.nexuscrm.ui.settings;

/** Settings → Currency's view of the team's workspace currency (implemented in app over the team-settings use case). */
public interface CurrencySettings {
    /** The team's ISO 4217 code (USD while it has chosen none). */
    String load();

    /** Saves the code as typed for the team and returns it as stored; throws with a message for people when it cannot. */
    String save(String typed);

    /** False on a rep's workstation: the currency is shown read-only. */
    boolean editable();
}
