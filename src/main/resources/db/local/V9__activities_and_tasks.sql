-- Activities and tasks as a rep works them: a task's priority, reminder and completion time, a call's or
-- meeting's outcome; and the indexes a timeline page (newest first per record) and the Today queue read by.
alter table activity add column priority varchar(16);
alter table activity add column reminder_at timestamp(6) with time zone;
alter table activity add column completed_at timestamp(6) with time zone;
alter table activity add column outcome varchar(200);

drop index ix_activity_lead;
drop index ix_activity_deal;
create index ix_activity_lead on activity(lead_id, occurred_at desc, id);
create index ix_activity_deal on activity(deal_id, occurred_at desc, id);
create index ix_activity_contact on activity(contact_id, occurred_at desc, id);
create index ix_activity_account on activity(account_id, occurred_at desc, id);
create index ix_activity_open_tasks on activity(owner_id, done, due_at);
