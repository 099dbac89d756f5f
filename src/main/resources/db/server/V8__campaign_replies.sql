-- Schema 8: the team server reads each team's campaign mailbox (issue 17). Each reply to a team's touch is kept once
-- per team (reply_key: the mail's Message-ID, else the touch and the text's hash) and mirrored to the team's
-- workstations by the hand-over's cursor (change_seq from campaign_change_seq, like touches and enrolments), where
-- the next best action runs. An enrolment a workstation paused until a date (out of office) waits on the server too:
-- paused_at and resume_at, and the server's runner resumes it at the date.
alter table campaign_enrolment add column paused_at timestamp(6) with time zone;
alter table campaign_enrolment add column resume_at timestamp(6) with time zone;

create table campaign_reply (
    id uuid primary key,
    team_id uuid not null references team(id),
    reply_key varchar(400) not null,
    touch_id uuid not null references campaign_touch(id),
    enrolment_id uuid not null references campaign_enrolment(id),
    from_address varchar(320),
    subject varchar(400),
    body_text varchar(4000) not null,
    received_at timestamp(6) with time zone not null,
    change_seq bigint not null,
    constraint ux_server_reply_key unique (team_id, reply_key)
);
create index ix_server_reply_change on campaign_reply(team_id, change_seq);
