-- Lead scores move out of the synced lead row into a narrow local table (issue 14): a rescoring writes about
-- 50 bytes per changed lead instead of rewriting the whole encrypted lead row. The Lead entity still reads and
-- writes score, model version, stale and previous score here (a secondary table); band, top reasons and
-- scored_at are written by scoring alone. No foreign key: leads are tombstoned, never deleted, and the check
-- would cost every write. Deal and account scores are meant to follow in tables of the same shape
-- (deal_score(deal_id, ...), account_score(account_id, ...)). stale: true when the record changed under the
-- score (sync, merge); null or false otherwise. The server keeps records as JSON and never stored scores.
create table lead_score (
    lead_id uuid primary key,
    score int,
    previous_score int,
    band varchar(8),
    reasons varchar(1000),
    model_version varchar(64),
    scored_at timestamp(6) with time zone,
    stale boolean
);

insert into lead_score(lead_id, score, previous_score, band, model_version, stale)
select id, score, previous_score,
       case when score >= 70 then 'hot' when score >= 40 then 'warm' when score is not null then 'cold' end,
       score_model_version, case when score_stale then true end
from lead
where score is not null or score_stale or previous_score is not null;

alter table lead drop column score;
alter table lead drop column score_model_version;
alter table lead drop column score_stale;
alter table lead drop column previous_score;
