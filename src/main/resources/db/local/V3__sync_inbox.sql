-- Background sync: the team server link, the conflicts inbox, queued resolutions and re-snapshots.

alter table sync_state add column email varchar(254);
alter table sync_state add column user_id uuid;
alter table sync_state add column display_name varchar(120);
alter table sync_state add column token varchar(1000);
alter table sync_state add column last_synced_at timestamp(6) with time zone;
-- The server's scope epoch at the last pull; a different one means the user's teams changed.
alter table sync_state add column scope_epoch bigint;
-- True while a fresh snapshot is being pulled (after a scope change or RESYNC_REQUIRED).
alter table sync_state add column resnapshot boolean not null default false;

-- Unresolved conflicts as of the last round, so the inbox works offline.
create table sync_conflict (
    id uuid primary key,
    entity varchar(40) not null,
    record_id uuid not null,
    field varchar(64) not null,
    base_value varchar(100000),
    server_value varchar(100000),
    client_value varchar(100000),
    by_user varchar(120),
    created_at timestamp(6) with time zone not null
);

-- Resolutions chosen here and not yet sent; the value is JSON typed for the field.
create table conflict_resolution (
    conflict_id uuid primary key,
    resolved_value varchar(100000),
    queued_at timestamp(6) with time zone not null
);

-- Ids seen during a re-snapshot; records not seen by its end left the user's scope.
create table snapshot_seen (
    record_id uuid primary key
);
