package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.Picklist;
import com.nexuscrm.domain.PicklistName;
import com.nexuscrm.domain.Picklists;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.json.TeamSettingJson;
import com.nexuscrm.storage.StoredDirectory;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The picklists of the workspace's team (lead source, industry, deal stage, activity outcome): each one
 * {@link TeamSetting} that syncs to the team, or the built-in list while the team has none. Saving is for an
 * admin or a manager (the team server refuses anyone else's change; a rep's workstation shows them read-only).
 */
public final class TeamPicklists {
    private final TeamSettingStore settings;

    public TeamPicklists(RecordRepository<TeamSetting> settings, Directory directory) {
        this.settings = new TeamSettingStore(settings, directory);
    }

    public static TeamPicklists of(Workspace workspace) {
        return new TeamPicklists(workspace.repository(TeamSetting.class), new StoredDirectory(workspace.store()));
    }

    /** The team's list, or the built-in one when the team has not saved its own (or its copy cannot be read). */
    public Picklist load(PicklistName name) {
        return settings.content(name.settingName()).map(c -> readOrDefault(name, c)).orElseGet(() -> Picklists.defaults(name));
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
        return settings.editable();
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
        settings.write(list.name().settingName(), TeamSettingJson.write(list));
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
