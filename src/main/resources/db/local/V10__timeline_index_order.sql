-- A timeline page is read "order by occurred_at desc, id desc": indexes in that exact order let H2 stop after
-- the page instead of sorting every activity of the record (V9's indexes had id ascending).
drop index ix_activity_lead;
drop index ix_activity_deal;
drop index ix_activity_contact;
drop index ix_activity_account;
create index ix_activity_lead on activity(lead_id, occurred_at desc, id desc);
create index ix_activity_deal on activity(deal_id, occurred_at desc, id desc);
create index ix_activity_contact on activity(contact_id, occurred_at desc, id desc);
create index ix_activity_account on activity(account_id, occurred_at desc, id desc);
