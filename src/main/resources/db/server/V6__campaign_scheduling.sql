-- Campaign scheduling on the team server (issue 17): db-scheduler's table, and the team's campaigns handed over by
-- linked workstations (the local V20 tables with a team_id, the recipient data the server needs on the enrolment,
-- and change_seq: the hand-over's cursor over touch and enrolment changes).

-- db-scheduler's documented PostgreSQL table, with varchar keys so H2 (PostgreSQL mode) can index them too.
create table scheduled_tasks (
    task_name varchar(100) not null,
    task_instance varchar(200) not null,
    task_data bytea,
    execution_time timestamp with time zone not null,
    picked boolean not null,
    picked_by varchar(100),
    last_success timestamp with time zone,
    last_failure timestamp with time zone,
    consecutive_failures int,
    last_heartbeat timestamp with time zone,
    version bigint not null,
    priority smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

create sequence campaign_change_seq;

create table campaign_plan (
    id uuid primary key,
    team_id uuid not null references team(id),
    name varchar(200) not null,
    goal varchar(200),
    audience_filter varchar(200),
    audience_criteria varchar(1000),
    sender varchar(320),
    sender_name varchar(200),
    steps text not null,
    updated_at timestamp(6) with time zone not null
);
create index ix_campaign_plan_team on campaign_plan(team_id);

create table campaign_enrolment (
    id uuid primary key,
    team_id uuid not null references team(id),
    plan_id uuid not null references campaign_plan(id),
    person_kind varchar(16) not null,
    person_id uuid not null,
    current_step int not null,
    status varchar(16) not null,
    exit_reason varchar(24),
    enrolled_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    change_seq bigint not null,
    first_name varchar(200),
    last_name varchar(200),
    company varchar(300),
    title varchar(200),
    email varchar(320),
    phone varchar(64),
    city varchar(200),
    country varchar(100),
    zone varchar(64) not null,
    score int,
    stage varchar(32),
    constraint ux_server_enrolment_person unique (team_id, plan_id, person_id)
);
create index ix_server_enrolment_status on campaign_enrolment(team_id, status);
create index ix_server_enrolment_change on campaign_enrolment(team_id, change_seq);

-- One touch per enrolment and step; the id is derived from enrolment, step and variant, so scheduling is idempotent.
create table campaign_touch (
    id uuid primary key,
    team_id uuid not null references team(id),
    enrolment_id uuid not null references campaign_enrolment(id),
    step_index int not null,
    variant varchar(16) not null,
    channel varchar(24) not null,
    status varchar(16) not null,
    attempts int not null,
    next_attempt_at timestamp(6) with time zone not null,
    sender varchar(320),
    address varchar(320),
    message_id varchar(400) not null,
    claimed_at timestamp(6) with time zone,
    sent_at timestamp(6) with time zone,
    replied_at timestamp(6) with time zone,
    opened_at timestamp(6) with time zone,
    clicked_at timestamp(6) with time zone,
    last_error varchar(1000),
    change_seq bigint not null,
    constraint ux_server_touch_step unique (enrolment_id, step_index),
    constraint ux_server_touch_message unique (message_id)
);
create index ix_server_touch_due on campaign_touch(team_id, status, next_attempt_at);
create index ix_server_touch_sender on campaign_touch(team_id, sender, claimed_at);
create index ix_server_touch_change on campaign_touch(team_id, change_seq);

create table campaign_suppression (
    id uuid primary key,
    team_id uuid not null references team(id),
    person_id uuid,
    address varchar(320),
    channel varchar(24),
    reason varchar(24) not null,
    source varchar(200) not null,
    created_at timestamp(6) with time zone not null
);
create index ix_server_suppression_person on campaign_suppression(team_id, person_id);
create index ix_server_suppression_address on campaign_suppression(team_id, address);

create table campaign_consent (
    id uuid primary key,
    team_id uuid not null references team(id),
    person_id uuid not null,
    channel varchar(24) not null,
    granted boolean not null,
    source varchar(200) not null,
    recorded_at timestamp(6) with time zone not null
);
create index ix_server_consent_person on campaign_consent(team_id, person_id, channel, recorded_at);

-- The team's sending settings (SMTP, daily limit), set by a manager or admin; JSON of server.campaign.TeamSending.
create table campaign_team_settings (
    team_id uuid primary key references team(id),
    settings text not null,
    updated_by uuid not null,
    updated_at timestamp(6) with time zone not null
);
