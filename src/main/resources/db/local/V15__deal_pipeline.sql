-- Deals become workable (issue 15): the rep's forecast category and a won reason on the deal; its buying
-- group (contacts with roles), its products (line items) and its history (one snapshot row per change of
-- stage, amount, close date or forecast category), all synced; and the models' outputs in a narrow local
-- table, as lead_score (never synced, each workstation scores its own copy).
alter table deal add column won_reason varchar(200);
alter table deal add column forecast_category varchar(16);

create table deal_contact (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    deal_id uuid not null,
    contact_id uuid not null,
    role varchar(24) not null
);
create index ix_deal_contact_deal on deal_contact(deal_id);

create table deal_line_item (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    deal_id uuid not null,
    product varchar(200) not null,
    quantity int not null,
    unit_price numeric(19,2) not null,
    discount_percent numeric(5,2)
);
create index ix_deal_line_item_deal on deal_line_item(deal_id);

create table deal_change (
    id uuid primary key,
    version bigint not null default 0,
    updated_at bigint not null,
    deleted boolean not null default false,
    owner_id uuid,
    team_id uuid,
    deal_id uuid not null,
    changed_at timestamp(6) with time zone not null,
    changed_by uuid,
    stage varchar(24) not null,
    amount numeric(19,2),
    close_date date,
    forecast_category varchar(16)
);
create index ix_deal_change_deal on deal_change(deal_id, changed_at);

create table deal_score (
    deal_id uuid primary key,
    win_probability int,
    predicted_close date,
    close_low date,
    close_high date,
    health int,
    previous_health int,
    reasons varchar(4000),
    model_version varchar(64),
    scored_at timestamp(6) with time zone
);
