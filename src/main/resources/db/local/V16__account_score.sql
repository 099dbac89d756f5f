-- Account scores (issue 16): the churn model's risk for each account, in a narrow local table like lead_score
-- and deal_score (never synced; each workstation scores its own copy). churn_risk is null when the account has
-- too little data to say (reasons then say so); reasons is a JSON list of {text, points}.
create table account_score (
    account_id uuid primary key,
    churn_risk int,
    reasons varchar(4000),
    model_version varchar(64),
    scored_at timestamp(6) with time zone
);
