package com.nexuscrm.ui.campaigns;

import com.nexuscrm.domain.campaign.CampaignReply;
import com.nexuscrm.ui.common.Formats;
import com.nexuscrm.ui.common.LatestRequest;
import com.nexuscrm.ui.common.TaskExecutor;
import com.nexuscrm.usecase.CampaignReplies;
import java.util.List;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected campaign's replies: when, who, the intent the model read and how sure it was, the recommended action and
 * whether it was done (by itself, by someone, or not yet). "Do it" does the selected reply's action when it waits for a
 * person; the list is read again after. Loads in the background; the newest campaign asked for wins.
 */
public final class CampaignRepliesViewModel {
    private final CampaignReplies replies;
    private final Formats formats;
    private final TaskExecutor tasks;
    private final LatestRequest latest = new LatestRequest();
    private final ObservableList<ReplyRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ReplyRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canDo;
    private UUID planId;

    public CampaignRepliesViewModel(CampaignReplies replies, Formats formats, TaskExecutor tasks) {
        this.replies = replies;
        this.formats = formats;
        this.tasks = tasks;
        this.canDo = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().canDo() && !busy.get(),
                selected, busy);
    }

    /** Shows this campaign's replies (null clears). */
    public void show(UUID plan) {
        planId = plan;
        if (plan == null) {
            latest.next();
            rows.clear();
            summary.set("");
            return;
        }
        tasks.run(latest, "Loading replies", p -> replies.forPlan(plan), this::showLines,
                e -> summary.set("Could not read the replies: " + e.getMessage()));
    }

    /** Does the selected reply's recommended action. */
    public void doIt() {
        ReplyRow row = selected.get();
        if (row == null || !row.canDo() || busy.get()) {
            return;
        }
        busy.set(true);
        tasks.run("Doing: " + row.action(), p -> replies.doIt(row.id()), done -> {
            busy.set(false);
            notice.set(done.done() ? row.action() + ": " + done.outcome() + "." : done.outcome() == null ? "" : done.outcome());
            show(planId);
        }, e -> {
            busy.set(false);
            notice.set("Could not do it: " + e.getMessage());
            show(planId);
        });
    }

    private void showLines(List<CampaignReplies.Line> lines) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(lines.stream().map(this::row).toList());
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(rows.isEmpty() ? null : rows.get(0)));
        long waiting = rows.stream().filter(ReplyRow::canDo).count();
        summary.set(rows.isEmpty() ? "No replies to this campaign yet." : formats.count(rows.size())
                + (rows.size() == 1 ? " reply" : " replies") + " · " + formats.count(waiting) + " waiting for you");
    }

    private ReplyRow row(CampaignReplies.Line line) {
        CampaignReply r = line.reply();
        String status = r.done() ? (r.automatic() ? "Done automatically" : "Done") + (r.outcome() == null ? "" : ": " + r.outcome())
                : r.outcome() != null ? r.outcome() : "Recommended";
        return new ReplyRow(r.id(), r.receivedAt(), formats.dayMonthTime(r.receivedAt().atZone(formats.zone())), line.person(),
                r.intent().label(), formats.percent(r.probability()), r.recommendation().action().label(), status,
                r.recommendation().reason(), r.text(), !r.done());
    }

    public ObservableList<ReplyRow> rows() { return rows; }
    public ObjectProperty<ReplyRow> selectedProperty() { return selected; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    /** What the last "Do it" did, or why it could not. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
    public BooleanBinding canDoProperty() { return canDo; }
}
