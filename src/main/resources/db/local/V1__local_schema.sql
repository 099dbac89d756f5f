-- NexusCRM local store, schema 1. Every synced table carries the sync columns (DESIGN.md, "Data model").
-- Indexes are few on purpose: every index entry is one more AES-encrypted write on import.

create table team (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    name varchar(120) not null,
    segment varchar(40),
    manager_id uuid
);

create table app_user (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    display_name varchar(120) not null,
    email varchar(254) not null,
    role varchar(16) not null,
    segment varchar(40),
    available boolean not null,
    time_zone varchar(64) not null,
    workday_start int not null,
    workday_end int not null
);

create table account (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    name varchar(200) not null,
    domain varchar(200),
    industry varchar(80),
    employees int,
    annual_revenue numeric(19,2),
    country varchar(80),
    city varchar(120),
    phone varchar(40),
    website varchar(254),
    technologies varchar(500),
    created_at timestamp(6) with time zone not null
);

create table contact (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    account_id uuid,
    first_name varchar(80),
    last_name varchar(80) not null,
    email varchar(254),
    phone varchar(40),
    title varchar(120),
    created_at timestamp(6) with time zone not null
);

create table lead (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    first_name varchar(80),
    last_name varchar(80) not null,
    email varchar(254),
    phone varchar(40),
    title varchar(120),
    company varchar(200),
    domain varchar(200),
    industry varchar(80),
    employees int,
    annual_revenue numeric(19,2),
    country varchar(80),
    city varchar(120),
    technologies varchar(500),
    source varchar(24) not null,
    status varchar(24) not null,
    pricing_page_visits int not null,
    demo_requested boolean not null,
    content_downloads int not null,
    search_terms varchar(500),
    email_opens int not null,
    email_clicks int not null,
    email_replies int not null,
    web_sessions int not null,
    time_on_site_seconds int not null,
    last_activity_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    converted_at timestamp(6) with time zone,
    converted_deal_id uuid,
    score int,
    score_model_version varchar(64),
    score_stale boolean not null
);

create table deal (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    account_id uuid,
    primary_contact_id uuid,
    name varchar(200) not null,
    stage varchar(24) not null,
    amount numeric(19,2) not null,
    currency varchar(3) not null,
    close_date date not null,
    created_at timestamp(6) with time zone not null,
    closed_at timestamp(6) with time zone,
    lost_reason varchar(200),
    win_probability int,
    score_model_version varchar(64),
    score_stale boolean not null
);

create table activity (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    type varchar(16) not null,
    subject varchar(200) not null,
    body clob,
    lead_id uuid,
    contact_id uuid,
    account_id uuid,
    deal_id uuid,
    occurred_at timestamp(6) with time zone not null,
    due_at timestamp(6) with time zone,
    done boolean not null,
    duration_seconds int
);

create table call_recording (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    activity_id uuid not null,
    file_name varchar(260) not null,
    duration_seconds int,
    sha256 varchar(64),
    status varchar(24) not null,
    transcript_json clob,
    analysis_json clob,
    shared boolean not null
);

create table campaign (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    name varchar(200) not null,
    channel varchar(24) not null,
    status varchar(24) not null,
    goal varchar(200),
    created_at timestamp(6) with time zone not null
);

create table campaign_step (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    campaign_id uuid not null,
    step_order int not null,
    channel varchar(24) not null,
    delay_hours int not null,
    subject varchar(200),
    body clob
);

create table enrollment (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    campaign_id uuid not null,
    lead_id uuid,
    contact_id uuid,
    status varchar(24) not null,
    current_step int not null,
    enrolled_at timestamp(6) with time zone not null
);

create table touch (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    enrollment_id uuid not null,
    step_id uuid,
    channel varchar(24) not null,
    sent_at timestamp(6) with time zone not null,
    opened boolean not null,
    clicked boolean not null,
    replied boolean not null
);

create table support_ticket (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    account_id uuid not null,
    contact_id uuid,
    subject varchar(200) not null,
    priority varchar(16) not null,
    status varchar(16) not null,
    opened_at timestamp(6) with time zone not null,
    closed_at timestamp(6) with time zone,
    satisfaction int
);

create table product_usage (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    account_id uuid not null,
    period_start date not null,
    active_users int not null,
    seats int not null,
    sessions int not null,
    feature_adoption double precision not null
);

create table document (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    account_id uuid,
    deal_id uuid,
    title varchar(200) not null,
    kind varchar(40) not null,
    file_name varchar(260),
    size_bytes bigint,
    sha256 varchar(64),
    created_at timestamp(6) with time zone not null
);
create index ix_lead_owner on lead(owner_id);
create index ix_contact_account on contact(account_id);
create index ix_deal_account on deal(account_id);
create index ix_activity_lead on activity(lead_id);
create index ix_activity_deal on activity(deal_id);

-- Change capture: one row per local change to a synced record, written in the same transaction.
create table outbox (
    seq bigint generated by default as identity primary key,
    op_id uuid not null,
    entity varchar(40) not null,
    record_id uuid not null,
    op varchar(8) not null,
    fields varchar(1000000) not null,
    base_values varchar(1000000),
    base_version bigint not null,
    hlc bigint not null
);

-- The last server copy of each record, the base of three-way merges.
create table record_base (
    entity varchar(40) not null,
    record_id uuid not null,
    version bigint not null,
    fields varchar(1000000) not null,
    primary key (entity, record_id)
);

create table sync_state (
    id int primary key,
    client_id uuid not null,
    pull_cursor bigint not null default 0,
    last_ack_mutation bigint not null default 0,
    server_url varchar(500)
);

create table workspace_meta (
    meta_key varchar(64) primary key,
    meta_value varchar(2000) not null
);

-- Which model version produced each score (scores themselves sit on the scored records).
create table model_version (
    id uuid primary key,
    model_type varchar(24) not null,
    label varchar(64) not null,
    created_at timestamp(6) with time zone not null,
    file_name varchar(260) not null,
    card clob,
    active boolean not null default false
);
