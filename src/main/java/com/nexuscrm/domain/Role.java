package com.nexuscrm.domain;

/** What a user may see and do: a rep its own and its team's records, a manager its teams, an admin all. */
public enum Role { REP, MANAGER, ADMIN }
