package com.nexuscrm.ui.campaigns;

import com.nexuscrm.campaign.OptimisationReport;
import com.nexuscrm.domain.campaign.ArmReport;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CampaignResults;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Optimisation tab: what the selected campaign's optimiser has learnt, each send hour, offered channel and variant
 * with its touches, replies, posterior reply rate and 90% interval, the best arm of each marked with its uplift over an
 * even split; a one-line summary of the best arms above. Loads in the background; the newest campaign asked for wins.
 */
public final class CampaignOptimisationViewModel {
    /** What the tab says before this campaign has touches with outcomes. */
    public static final String EMPTY = "Nothing learnt yet. Once this campaign's touches have gone out, each send hour"
            + " (in the recipient's time), each offered channel and each variant appears here with its reply rate, its 90%"
            + " interval and the best one's uplift over an even split.";
    private final CampaignResults results;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ObservableList<OptimisationRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public CampaignOptimisationViewModel(CampaignResults results, Formats formats, TaskExecutor tasks) {
        this.results = results;
        this.formats = formats;
        this.tasks = tasks;
    }

    /** Shows this campaign's report (null clears). */
    public void show(UUID plan) {
        if (plan == null) {
            latest.next();
            rows.clear();
            summary.set("");
            return;
        }
        tasks.run(latest, "Reading what the optimiser learnt", p -> results.optimisation(plan), this::showSections,
                e -> summary.set("Could not read what the optimiser learnt: " + e.getMessage()));
    }

    private void showSections(List<OptimisationReport.Section> sections) {
        List<OptimisationRow> all = new ArrayList<>();
        for (OptimisationReport.Section s : sections) {
            List<ArmReport> arms = s.report().arms();
            for (int i = 0; i < arms.size(); i++) {
                ArmReport a = arms.get(i);
                boolean top = i == s.report().best() && arms.size() > 1;
                all.add(new OptimisationRow(i == 0 ? s.title() : "", a.arm(), formats.count(a.pulls()), formats.count(a.successes()),
                        percent(a.mean()), percent(a.low90()) + " – " + percent(a.high90()),
                        top ? "Best: " + signed(s.report().upliftOverUniform(), formats) : ""));
            }
        }
        rows.setAll(all);
        summary.set(summary(sections, formats));
    }

    /** The line above the table: each choice's best arm with its uplift, or why none is named yet. */
    static String summary(List<OptimisationReport.Section> sections, Formats formats) {
        List<String> best = new ArrayList<>();
        for (OptimisationReport.Section s : sections) {
            List<ArmReport> arms = s.report().arms();
            if (arms.size() > 1) {
                ArmReport top = arms.get(s.report().best());
                best.add(top.pulls() < TRUSTED_TOUCHES
                        ? s.title() + ": too early to call (" + top.arm() + " leads on " + formats.count(top.pulls()) + " touches)"
                        : s.title() + ": " + top.arm() + " (" + formats.count(top.pulls()) + " touches, "
                        + signed(s.report().upliftOverUniform(), formats) + ")");
            }
        }
        return sections.isEmpty() ? EMPTY : best.isEmpty() ? "One arm per choice so far: nothing to compare yet."
                : "Best so far, with its uplift over an even split · " + String.join(" · ", best);
    }

    /**
     * Fewer touches than this on the leading arm and the summary does not call it best: at a few per cent reply rate, a
     * handful of touches with one reply gives a large, meaningless uplift (the table still shows the arm and its interval).
     */
    static final int TRUSTED_TOUCHES = 30;

    /** Reply rates run at a few per cent: one decimal ("3.4%"). */
    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String signed(double uplift, Formats formats) {
        return (uplift >= 0 ? "+" : "−") + formats.percent(Math.abs(uplift));
    }

    public ObservableList<OptimisationRow> rows() { return rows; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
