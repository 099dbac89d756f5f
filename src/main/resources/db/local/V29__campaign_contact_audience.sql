-- Issue 17: a campaign plan's audience may be a saved view of the contacts list instead of the leads list.
alter table campaign_plan add column audience_people varchar(16) default 'LEAD' not null;
