package com.nexuscrm.ui.deals;

import com.nexuscrm.domain.Deal;
import com.nexuscrm.domain.DealChange;
import com.nexuscrm.domain.DealStage;
import com.nexuscrm.domain.User;
import com.nexuscrm.ui.common.DialogService;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.SaveDeal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Closing a deal as won or lost (the reason asked in a dialog; a lost deal must say why) and reopening a closed
 * one in the stage it left, each through {@link SaveDeal} in the background.
 */
final class DealClosing {
    private final SaveDeal saving;
    private final User me;
    private final TaskExecutor tasks;
    private final DialogService dialogs;

    DealClosing(SaveDeal saving, User me, TaskExecutor tasks, DialogService dialogs) {
        this.saving = saving;
        this.me = me;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** Asks for the reason, then closes; {@code stored} gets the closed deal. Cancelling the question does nothing. */
    void close(UUID dealId, boolean won, Consumer<Deal> stored) {
        Optional<String> reason = dialogs.ask(won ? "Close won" : "Close lost", won
                ? "What won it? (optional: fit, price, relationship…)"
                : "Why was it lost? (required: price, timing, a competitor…)", "");
        if (reason.isEmpty()) {
            return;
        }
        if (!won && reason.get().isBlank()) {
            dialogs.showError("Cannot close the deal as lost",
                    "Say why it was lost (price, timing, a competitor…): a lost deal needs its reason.");
            return;
        }
        tasks.run(won ? "Closing deal as won" : "Closing deal as lost", p -> saving.close(dealId, won, reason.get(), me),
                stored, e -> dialogs.showError("Cannot close the deal", e.getMessage()));
    }

    /** After the user confirms, moves the closed deal back to {@code back} (named {@code backLabel}). */
    void reopen(UUID dealId, String dealName, DealStage back, String backLabel, Consumer<Deal> stored) {
        if (!dialogs.confirm("Reopen deal", "Reopen " + dealName + " in " + backLabel
                + "? Its outcome and reason are cleared.")) {
            return;
        }
        tasks.run("Reopening deal", p -> saving.move(dealId, back, me), stored,
                e -> dialogs.showError("Cannot reopen the deal", e.getMessage()));
    }

    /** The last open stage in the deal's history (oldest first); Negotiation when the history has none. */
    static DealStage stageBeforeClosing(List<DealChange> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            DealStage s = history.get(i).getStage();
            if (s != null && !s.isClosed()) {
                return s;
            }
        }
        return DealStage.NEGOTIATION;
    }
}
