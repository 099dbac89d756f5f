-- Mutations the team server rejected: kept, with the reason, until the user has seen them.
create table sync_rejection (
    op_id uuid primary key,
    entity varchar(40) not null,
    record_id uuid not null,
    op varchar(8) not null,
    fields varchar(1000000) not null,
    reason varchar(2000) not null,
    rejected_at timestamp(6) with time zone not null
);
