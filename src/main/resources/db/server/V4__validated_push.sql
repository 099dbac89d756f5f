-- Replays are keyed by the pushing user as well as by (client, mutation), and remember what the request
-- said (a SHA-256 of its content): another user reusing a pair, or the same pair with other content, is
-- never answered with someone else's stored result.
create table push_entry (
    user_id uuid not null,
    client_id uuid not null,
    mutation_id uuid not null,
    request_hash varchar(64),
    entity varchar(40) not null,
    record_id uuid not null,
    status varchar(16) not null,
    version bigint not null,
    reason varchar(2000),
    conflict_fields varchar(2000),
    received_at timestamp with time zone not null,
    primary key (user_id, client_id, mutation_id)
);
insert into push_entry(user_id, client_id, mutation_id, entity, record_id, status, version, reason, conflict_fields, received_at)
    select user_id, client_id, mutation_id, entity, record_id, status, version, reason, conflict_fields, received_at from push_log;
drop table push_log;
alter table push_entry rename to push_log;
