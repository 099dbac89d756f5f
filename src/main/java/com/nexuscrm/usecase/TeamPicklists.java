package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.User;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.storage.StoredDirectory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The picklists of the workspace's team (lead source, industry, deal stage, activity outcome): each one
 * {@link TeamSetting} that syncs to the team, or the built-in list while the team has none. Saving is for an
 * admin or a manager (the team server refuses anyone else's change; a rep's workstation shows them read-only).
 */
public final class TeamPicklists {
    private final RecordRepository<TeamSetting> settings;
    private final Directory directory;

    public TeamPicklists(RecordRepository<TeamSetting> settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    public static TeamPicklists of(Workspace workspace) {
        return new TeamPicklists(workspace.repository(TeamSetting.class), new StoredDirectory(workspace.store()));
    }

    /** The team's list, or the built-in one when the team has not saved its own (or its copy cannot be read). */
    public Picklist load(PicklistName name) {
        Optional<UUID> team = team();
        if (team.isEmpty()) {
            return Picklists.defaults(name);
        }
        return settings.find(TeamSetting.idFor(team.get(), name.settingName())).filter(s -> !s.isDeleted())
                .map(s -> readOrDefault(name, s.getContent())).orElseGet(() -> Picklists.defaults(name));
    }

    public Map<PicklistName, Picklist> all() {
        Map<PicklistName, Picklist> all = new EnumMap<>(PicklistName.class);
        for (PicklistName name : PicklistName.values()) {
            all.put(name, load(name));
        }
        return all;
    }

    /** Whether this workstation's user may change the lists: an admin or a manager. */
    public boolean editable() {
        Optional<Role> role = me().map(User::getRole);
        return role.isPresent() && (role.get() == Role.ADMIN || role.get() == Role.MANAGER) && team().isPresent();
    }

    /** Saves the list for the team; a list with problems is refused with them, nothing stored. */
    public void save(Picklist list) {
        if (!editable()) {
            throw new IllegalStateException("Only an admin or a manager can change the team's picklists; "
                    + "ask your manager to change " + list.name().label() + ".");
        }
        List<String> problems = list.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        UUID team = team().orElseThrow();
        String name = list.name().settingName();
        TeamSetting setting = settings.find(TeamSetting.idFor(team, name))
                .orElseGet(() -> new TeamSetting(team, name, null));
        setting.setContent(TeamSettingJson.write(list));
        setting.setDeleted(false);
        setting.setOwnerId(me().orElseThrow().getId());
        settings.save(setting);
    }

    /** The team whose settings this workstation uses: the user's own, else the first it can see. */
    private Optional<UUID> team() {
        Optional<UUID> own = me().map(User::getTeamId);
        return own.isPresent() ? own : directory.teams().stream().findFirst().map(t -> t.getId());
    }

    /** A store made without a user (some tools and tests) has no one to edit the lists. */
    private Optional<User> me() {
        try {
            return Optional.of(directory.currentUser());
        } catch (IllegalStateException noUser) {
            return Optional.empty();
        }
    }

    private static Picklist readOrDefault(PicklistName name, String content) {
        try {
            Picklist list = TeamSettingJson.read(name, content);
            return list.problems().isEmpty() ? list : Picklists.defaults(name);
        } catch (IllegalArgumentException unreadable) {
            return Picklists.defaults(name);
        }
    }
}
