package com.nexuscrm.ui.deals;

import com.nexuscrm.ui.common.DialogService;
import java.util.Optional;

/**
 * Asks why a deal dropped on Closed won or Closed lost closed. The win/loss analysis and the models read the
 * reason, and the window's question box cannot tell an empty answer from Cancel, so the board asks for a reason
 * either way (the domain requires one for a lost deal only); a blank answer asks again, Cancel leaves the deal
 * where it was.
 */
final class DealCloser {
    private final DialogService dialogs;

    DealCloser(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** The reason as typed; empty when the user cancelled. */
    Optional<String> reason(DealLine deal, boolean won) {
        String title = won ? "Close as won" : "Close as lost";
        String question = won ? "Why did \"" + deal.name() + "\" close won? (the need, a champion, price...)"
                : "Why was \"" + deal.name() + "\" lost? (price, timing, a competitor...)";
        String prompt = question;
        while (true) {
            Optional<String> answer = dialogs.ask(title, prompt, "");
            if (answer.isEmpty() || !answer.get().isBlank()) {
                return answer.map(String::strip);
            }
            prompt = "A closed deal needs its reason. " + question + " Cancel keeps the deal open.";
        }
    }
}
