package com.nexuscrm.usecase;

import com.nexuscrm.domain.Directory;
import com.nexuscrm.domain.RecordRepository;
import com.nexuscrm.domain.Role;
import com.nexuscrm.domain.TeamSetting;
import com.nexuscrm.domain.User;
import java.util.Optional;
import java.util.UUID;

/**
 * The workspace's team settings as records: which team this workstation's settings belong to, whether its
 * user may change them (an admin or a manager; the team server enforces the same), and reading and writing
 * one setting's JSON. Shared by the picklists and the routing rules.
 */
final class TeamSettingStore {
    private final RecordRepository<TeamSetting> settings;
    private final Directory directory;

    TeamSettingStore(RecordRepository<TeamSetting> settings, Directory directory) {
        this.settings = settings;
        this.directory = directory;
    }

    Optional<String> content(String name) {
        return team().flatMap(t -> settings.find(TeamSetting.idFor(t, name))).filter(s -> !s.isDeleted())
                .map(TeamSetting::getContent);
    }

    boolean editable() {
        Optional<Role> role = me().map(User::getRole);
        return role.isPresent() && (role.get() == Role.ADMIN || role.get() == Role.MANAGER) && team().isPresent();
    }

    void write(String name, String content) {
        UUID team = team().orElseThrow(() -> new IllegalStateException("This workspace has no team to keep settings for."));
        TeamSetting setting = settings.find(TeamSetting.idFor(team, name)).orElseGet(() -> new TeamSetting(team, name, null));
        setting.setContent(content);
        setting.setDeleted(false);
        setting.setOwnerId(me().map(User::getId).orElse(null));
        settings.save(setting);
    }

    /** The team whose settings this workstation uses: the user's own, else the first it can see. */
    private Optional<UUID> team() {
        Optional<UUID> own = me().map(User::getTeamId);
        return own.isPresent() ? own : directory.teams().stream().findFirst().map(t -> t.getId());
    }

    /** A store made without a user (some tools and tests) has no one to edit the settings. */
    private Optional<User> me() {
        try {
            return Optional.of(directory.currentUser());
        } catch (IllegalStateException noUser) {
            return Optional.empty();
        }
    }
}
