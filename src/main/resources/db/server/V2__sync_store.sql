-- Synced records and the push/pull bookkeeping (DESIGN.md, "Sync protocol").
-- The server keeps each record as a JSON object of its fields; owner, team, version and tombstone are
-- columns because scoping and pulling query by them.

create table sync_record (
    id uuid primary key,
    entity varchar(40) not null,
    version bigint not null,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    fields text not null
);
create index ix_sync_record_version on sync_record(version);

-- One row; every push takes its row lock first, so commit order equals version order.
create table version_counter (
    id int primary key,
    counter bigint not null
);
insert into version_counter(id, counter) values (1, 0);

-- Every mutation ever received, with its result: replays return the stored result and change nothing.
create table push_log (
    client_id uuid not null,
    mutation_id uuid not null,
    user_id uuid not null,
    entity varchar(40) not null,
    record_id uuid not null,
    status varchar(16) not null,
    version bigint not null,
    reason varchar(2000),
    conflict_fields varchar(2000),
    received_at timestamp with time zone not null,
    primary key (client_id, mutation_id)
);

-- A high-stakes field changed on both sides: the server value stays until a person resolves it.
create table sync_conflict (
    id uuid primary key,
    entity varchar(40) not null,
    record_id uuid not null,
    field varchar(64) not null,
    base_value text,
    server_value text,
    client_value text,
    client_id uuid not null,
    mutation_id uuid not null,
    user_id uuid not null,
    created_at timestamp with time zone not null,
    resolved boolean not null default false
);

-- Every value a merge replaced or refused, so nothing typed is ever lost.
create table field_history (
    id uuid primary key,
    entity varchar(40) not null,
    record_id uuid not null,
    field varchar(64) not null,
    old_value text,
    new_value text,
    version bigint not null,
    user_id uuid not null,
    kept varchar(8) not null,
    changed_at timestamp with time zone not null
);
