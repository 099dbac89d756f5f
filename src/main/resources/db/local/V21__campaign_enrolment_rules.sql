-- A campaign plan's enrolment rules (issue 17): leads routing put in nurture, a score band, the audience's saved
-- filter. Null or false: the rule is off; a plan with none is enrolled by hand only.
alter table campaign_plan add column rule_nurture boolean default false not null;
alter table campaign_plan add column rule_score_below int;
alter table campaign_plan add column rule_score_at_least int;
alter table campaign_plan add column rule_audience boolean default false not null;
