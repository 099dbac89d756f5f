-- Lead routing and SLAs (issue 4). These tables are local to the workstation and never sync; the lead's
-- own routing fields (owner, priority, routed_at, sla_due_at, first_response_at) sync as usual.

-- The routing table, in the order it is checked (highest minimum score first). No rows: the defaults.
-- The nurture threshold is workspace_meta 'routing_nurture_below'.
create table routing_rule (
    rule_order int primary key,
    min_score int not null,
    strategy varchar(16) not null,
    priority varchar(16) not null,
    sla_minutes int not null
);

-- Round-robin rotation per pool (a segment, or 'Whole team'): the pool's turn counter and each rep's slot.
create table round_robin_pool (
    pool varchar(80) primary key,
    turn bigint not null
);
create table round_robin_slot (
    pool varchar(80) not null,
    rep_id uuid not null,
    assigned bigint not null,
    last_turn bigint not null,
    primary key (pool, rep_id)
);

-- Every routing decision with its reason in plain words.
create table routing_decision (
    id uuid primary key,
    lead_id uuid not null,
    decided_at timestamp(6) with time zone not null,
    score int,
    min_score int not null,
    rule_strategy varchar(16) not null,
    strategy varchar(16) not null,
    assignee_id uuid,
    assignee_name varchar(120),
    team_id uuid,
    priority varchar(16) not null,
    sla_minutes int not null,
    due_at timestamp(6) with time zone not null,
    nurture boolean not null,
    reason varchar(2000) not null
);
create index ix_routing_decision_lead on routing_decision(lead_id);

-- Breached SLAs handed to a manager: once per lead and due time.
create table sla_escalation (
    lead_id uuid not null,
    due_at timestamp(6) with time zone not null,
    rep_id uuid,
    manager_id uuid,
    escalated_at timestamp(6) with time zone not null,
    primary key (lead_id, due_at)
);

-- The SLA monitor and the breach report read leads by due time.
create index ix_lead_sla_due on lead(sla_due_at);
