-- Schema 9: the team server's SMS and task channels (issue 17). Suppressions the server itself makes (an SMS STOP, an
-- unsubscribe) take a change_seq from campaign_change_seq, so the hand-over's answer mirrors them to workstations
-- (entries handed over by a workstation keep it null: they came from there). A voice or LinkedIn step the server
-- reaches becomes a task due, mirrored the same way; the workstation puts it in the rep's Today queue once.
alter table campaign_suppression add column change_seq bigint;
create index ix_server_suppression_change on campaign_suppression(team_id, change_seq);

create table campaign_task_due (
    touch_id uuid primary key references campaign_touch(id),
    team_id uuid not null references team(id),
    person_kind varchar(16) not null,
    person_id uuid not null,
    channel varchar(24) not null,
    sender varchar(320),
    subject varchar(500) not null,
    script text not null,
    created_at timestamp(6) with time zone not null,
    change_seq bigint not null
);
create index ix_server_task_due_change on campaign_task_due(team_id, change_seq);

-- The secret part of a team's inbound SMS webhook URL (/campaigns/sms/inbound/{token}), made when SMS is first set up.
create table campaign_sms_webhook (
    team_id uuid primary key references team(id),
    token varchar(64) not null,
    constraint ux_sms_webhook_token unique (token)
);

-- Inbound texts taken, one row per team and gateway message sid: a replayed webhook call changes nothing.
create table campaign_sms_inbound (
    team_id uuid not null references team(id),
    message_sid varchar(64) not null,
    received_at timestamp(6) with time zone not null,
    outcome varchar(16) not null,
    primary key (team_id, message_sid)
);
