-- Lead conversion and merging (issue 13): what a lead became, which lead an account was converted from, and the
-- survivor a merged record points to. The server keeps synced records as JSON, so it needs no migration.
alter table lead add column converted_contact_id uuid;
alter table lead add column converted_account_id uuid;
alter table lead add column merged_into uuid;
alter table contact add column merged_into uuid;
alter table account add column converted_from_lead_id uuid;
alter table account add column merged_into uuid;
create index ix_account_domain_match on account(domain);
