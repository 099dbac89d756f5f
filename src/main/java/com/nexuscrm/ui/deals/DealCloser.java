package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.common.DialogService;
import java.util.Optional;

/**
 * Asks why a deal dropped on Closed won or Closed lost closed. A won deal's reason is optional; a lost deal
 * needs one (the win/loss analysis and the models read it), so a blank answer asks again; cancelling leaves the
 * deal where it was.
 */
final class DealCloser {
    private final DialogService dialogs;

    DealCloser(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** The reason as typed (may be blank for won); empty when the user cancelled. */
    Optional<String> reason(DealLine deal, boolean won) {
        if (won) {
            return dialogs.ask("Close as won", "Why did \"" + deal.name() + "\" close won? (optional)", "");
        }
        String prompt = "Why was \"" + deal.name() + "\" lost? (price, timing, a competitor...)";
        while (true) {
            Optional<String> answer = dialogs.ask("Close as lost", prompt, "");
            if (answer.isEmpty() || !answer.get().isBlank()) {
                return answer.map(String::strip);
            }
            prompt = "A lost deal needs its reason: why was \"" + deal.name() + "\" lost? Cancel keeps the deal open.";
        }
    }
}
