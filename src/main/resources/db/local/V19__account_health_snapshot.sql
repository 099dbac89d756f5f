-- Account health snapshots (issue 16, Team view): one row per account per day, written the first time that day the
-- team's accounts are assessed (the Team view, or the churn rescoring on open), so "what changed this week" compares
-- with what was known a week ago. Local only like account_score: each workstation keeps its own history, never synced.
-- Null health or churn_risk: not enough data that day; active_users is the latest usage month's, null without usage.
create table account_health_snapshot (
    account_id uuid not null,
    snapshot_day date not null,
    health_score int,
    churn_risk int,
    open_tickets int not null,
    active_users int,
    champions int not null,
    taken_at timestamp(6) with time zone not null,
    primary key (account_id, snapshot_day)
);
create index ix_account_health_snapshot_day on account_health_snapshot(snapshot_day);
