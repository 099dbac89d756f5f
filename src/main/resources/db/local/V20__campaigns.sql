-- The campaign engine's local tables (issue 17): plans with their steps as JSON, enrolments, scheduled touches with
-- an idempotent id, the suppression list and consent per channel. Local only for now; every row has a UUID id so
-- campaigns can sync later. Not the synced campaign/campaign_step/enrollment/touch tables of V1.
create table campaign_plan (
    id uuid primary key,
    name varchar(200) not null,
    name_key varchar(200) generated always as (lower(name)),
    goal varchar(200),
    audience_filter varchar(200),
    audience_criteria varchar(1000),
    sender varchar(320),
    sender_name varchar(200),
    steps clob not null,
    updated_at timestamp(6) with time zone not null
);
create unique index ux_campaign_plan_name on campaign_plan(name_key);

create table campaign_enrolment (
    id uuid primary key,
    plan_id uuid not null,
    person_kind varchar(16) not null,
    person_id uuid not null,
    current_step int not null,
    status varchar(16) not null,
    exit_reason varchar(24),
    enrolled_at timestamp(6) with time zone not null,
    updated_at timestamp(6) with time zone not null,
    constraint ux_campaign_enrolment_person unique (plan_id, person_id)
);
create index ix_campaign_enrolment_status on campaign_enrolment(status);
create index ix_campaign_enrolment_person on campaign_enrolment(person_id, status);

-- One touch per enrolment and step, whatever the variant; the id is derived from enrolment, step and variant.
create table campaign_touch (
    id uuid primary key,
    enrolment_id uuid not null,
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
    constraint ux_campaign_touch_step unique (enrolment_id, step_index),
    constraint ux_campaign_touch_message unique (message_id)
);
create index ix_campaign_touch_due on campaign_touch(status, next_attempt_at);
create index ix_campaign_touch_sender on campaign_touch(sender, claimed_at);
create index ix_campaign_touch_address on campaign_touch(address, sent_at);

create table campaign_suppression (
    id uuid primary key,
    person_id uuid,
    address varchar(320),
    channel varchar(24),
    reason varchar(24) not null,
    source varchar(200) not null,
    created_at timestamp(6) with time zone not null
);
create index ix_campaign_suppression_person on campaign_suppression(person_id);
create index ix_campaign_suppression_address on campaign_suppression(address);

create table campaign_consent (
    id uuid primary key,
    person_id uuid not null,
    channel varchar(24) not null,
    granted boolean not null,
    source varchar(200) not null,
    recorded_at timestamp(6) with time zone not null
);
create index ix_campaign_consent_person on campaign_consent(person_id, channel, recorded_at desc);
