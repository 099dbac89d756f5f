package com.nexuscrm.usecase;

import com.nexuscrm.domain.ActivityType;
import com.nexuscrm.domain.Contact;
import com.nexuscrm.domain.RecordRef;
import com.nexuscrm.domain.SyncedRecord;
import com.nexuscrm.domain.TaskPriority;
import com.nexuscrm.domain.User;
import com.nexuscrm.domain.campaign.CampaignTask;
import com.nexuscrm.domain.campaign.PersonRef;
import com.nexuscrm.domain.campaign.TaskQueue;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Voice and LinkedIn steps as tasks in the Today queue: a task due now on the lead or contact, for its owner (or, for an
 * unowned person, the user who is the campaign's sender), through {@link LogActivity#logOnce} under the touch's id.
 * Tasks the team server reached come through {@link HandOverCampaigns} with the linked user as the last resort.
 */
final class CampaignTasks implements TaskQueue {
    private final Workspace workspace;
    private final LogActivity log;

    CampaignTasks(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.log = new LogActivity(workspace, clock);
    }

    @Override
    public void queue(CampaignTask task) {
        queue(task, null);
    }

    /** As {@link #queue(CampaignTask)}, given to {@code fallbackUser} when neither owner nor sender is a user. */
    void queue(CampaignTask task, UUID fallbackUser) {
        RecordRef on = task.person().kind() == PersonRef.Kind.LEAD ? RecordRef.lead(task.person().id())
                : RecordRef.contact(task.person().id());
        User doer = owner(task.person()).or(() -> userWithEmail(task.sender())).or(() -> fallbackUser == null
                ? Optional.empty() : workspace.repository(User.class).find(fallbackUser).filter(u -> !u.isDeleted()))
                .orElseThrow(() -> new IllegalStateException(
                "Nobody can be given the task \"" + task.subject() + "\": give the "
                        + (on.kind() == RecordRef.Kind.LEAD ? "lead" : "contact") + " an owner, or send the campaign "
                        + "from a team member's address"));
        log.logOnce(task.touchId(), new LogActivity.Draft(ActivityType.TASK, task.subject(), task.script(), on,
                null, TaskPriority.NORMAL, null, null, null), doer);
    }

    private Optional<User> owner(PersonRef person) {
        Optional<? extends SyncedRecord> record = person.kind() == PersonRef.Kind.LEAD
                ? workspace.leads().find(person.id()) : workspace.repository(Contact.class).find(person.id());
        UUID owner = record.map(SyncedRecord::getOwnerId).orElse(null);
        return owner == null ? Optional.empty() : workspace.repository(User.class).find(owner).filter(u -> !u.isDeleted());
    }

    private Optional<User> userWithEmail(String email) {
        return email == null ? Optional.empty() : workspace.repository(User.class).findAll().stream()
                .filter(u -> !u.isDeleted() && email.equalsIgnoreCase(u.getEmail())).findFirst();
    }
}
