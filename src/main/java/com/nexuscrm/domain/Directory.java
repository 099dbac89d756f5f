package com.nexuscrm.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users and teams of the workspace, and who is using this workstation. */
public interface Directory {
    List<User> users();

    List<Team> teams();

    Optional<User> user(UUID id);

    /** The user this workspace belongs to. */
    User currentUser();
}
