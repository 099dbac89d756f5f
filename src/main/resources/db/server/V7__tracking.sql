-- Schema 7: open and click tracking of campaign emails (issue 17, part 4). The signing key of tracking tokens is
-- server_meta's 'tracking_key'. One row per team, touch and kind: a repeat adds to hits and moves last_at, it is
-- never a new row. seq is per team and taken under tracking_counter's row lock, so a team's rows commit in seq
-- order and a workstation's cursor ('since') never skips one.
create table tracking_counter (
    team_id uuid primary key references team(id),
    last_seq bigint not null
);

create table tracking_event (
    team_id uuid not null references team(id),
    touch_id uuid not null,
    kind varchar(8) not null check (kind in ('OPEN', 'CLICK')),
    seq bigint not null,
    first_at timestamp with time zone not null,
    last_at timestamp with time zone not null,
    hits bigint not null,
    primary key (team_id, touch_id, kind),
    constraint ux_tracking_event_seq unique (team_id, seq)
);
