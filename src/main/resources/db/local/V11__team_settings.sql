-- Team settings (picklists, routing rules, SLA settings) as a synced record type, and lead sources that a
-- team may extend: the column keeps the same strings (built-in values are the former enum names).
create table team_setting (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    name varchar(80) not null,
    content varchar(64000) not null
);
alter table lead alter column source set data type varchar(80);
