-- Account insights (issue 16) read an account's usage and its analysed calls by account; without these indexes
-- both reads scan their whole table (the call read once per activity of the account).
create index ix_product_usage_account on product_usage(account_id, period_start);
create index ix_call_recording_activity on call_recording(activity_id);
