-- NexusCRM team server, schema 1: accounts and permissions. Runs unchanged on PostgreSQL and on H2
-- in PostgreSQL mode. Synced records, versions and the push/pull tables come with the sync protocol.

create table team (
    id uuid primary key,
    name varchar(120) not null unique,
    created_at timestamp with time zone not null
);

create table app_user (
    id uuid primary key,
    email varchar(254) not null unique,
    display_name varchar(120) not null,
    role varchar(16) not null,
    team_id uuid references team(id),
    password_hash varchar(100) not null,
    active boolean not null default true,
    created_at timestamp with time zone not null
);

-- The teams a manager leads (a manager may lead several).
create table manager_team (
    manager_id uuid not null references app_user(id),
    team_id uuid not null references team(id),
    primary key (manager_id, team_id)
);

-- Server-wide settings shared by every instance behind a load balancer, e.g. the token signing key.
create table server_meta (
    meta_key varchar(64) primary key,
    meta_value varchar(2000) not null
);
