-- Lead scoring trend and routing/SLA fields (issue 4). previous_score is derived (never synced);
-- priority, routed_at, sla_due_at and first_response_at sync like any other lead field.
alter table lead add column previous_score int;
alter table lead add column priority varchar(16);
alter table lead add column routed_at timestamp(6) with time zone;
alter table lead add column sla_due_at timestamp(6) with time zone;
alter table lead add column first_response_at timestamp(6) with time zone;
