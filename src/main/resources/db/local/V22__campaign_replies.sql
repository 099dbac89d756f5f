-- Campaign replies and their next best action (issue 17, part 6): each reply to a touch once (unique reply_key: the
-- mail's Message-ID, or the touch and the text's hash), what the model read in it, the recommended action and whether
-- it was done (by itself when Settings > Campaigns allows it, or by "Do it"). An enrolment can be paused until a date:
-- the scheduler resumes it then, its later steps moved on by the time it was paused.
alter table campaign_enrolment add column paused_at timestamp(6) with time zone;
alter table campaign_enrolment add column resume_at timestamp(6) with time zone;

create table campaign_reply (
    id uuid primary key,
    reply_key varchar(400) not null,
    touch_id uuid not null,
    enrolment_id uuid not null,
    plan_id uuid not null,
    person_kind varchar(16) not null,
    person_id uuid not null,
    channel varchar(24) not null,
    from_address varchar(320),
    received_at timestamp(6) with time zone not null,
    reply_text varchar(4000) not null,
    intent varchar(24) not null,
    probability double precision not null,
    action varchar(24) not null,
    reason varchar(1000) not null,
    task_subject varchar(200),
    resume_at timestamp(6) with time zone,
    referral_name varchar(200),
    referral_email varchar(320),
    status varchar(16) not null,
    automatic boolean not null,
    done_at timestamp(6) with time zone,
    outcome varchar(1000),
    constraint ux_campaign_reply_key unique (reply_key)
);
create index ix_campaign_reply_plan on campaign_reply(plan_id, received_at desc);
