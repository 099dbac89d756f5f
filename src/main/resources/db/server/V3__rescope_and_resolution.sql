-- Rescoping, revokes, conflict resolution and tombstone retention (DESIGN.md, "Sync protocol").

-- Bumped whenever the user's teams change; a client that sees a new epoch takes a fresh snapshot.
alter table app_user add column scope_epoch bigint not null default 0;

-- A record left an owner's or a team's scope at this version: clients of that scope drop it.
create table sync_revoke (
    version bigint not null,
    record_id uuid not null,
    old_owner_id uuid,
    old_team_id uuid,
    revoked_at timestamp with time zone not null,
    primary key (version, record_id)
);

alter table sync_conflict add column resolved_by uuid;
alter table sync_conflict add column resolved_at timestamp with time zone;
alter table sync_conflict add column resolved_value text;
create index ix_sync_conflict_open on sync_conflict(resolved, record_id);
