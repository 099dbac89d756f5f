-- Conversation intelligence (issue 5).
-- call_recording: the job's status detail (the failure reason, for the user), the deal it belongs to, the
-- call's time and when it was analysed. The analysis summary (analysis_json) syncs; the full transcript
-- only when the rep shares it (transcript_json is filled only then).
alter table call_recording add column status_detail varchar(2000);
alter table call_recording add column deal_id uuid;
alter table call_recording add column call_at timestamp(6) with time zone;
alter table call_recording add column analysed_at timestamp(6) with time zone;

-- The full transcript of every call, local only (never synced): privacy by default.
create table call_transcript (
    recording_id uuid primary key,
    transcript_json clob not null,
    saved_at timestamp(6) with time zone not null
);

-- The last analysed call on a deal: visible on the deal, synced with it.
alter table deal add column last_call_at timestamp(6) with time zone;
alter table deal add column last_call_sentiment double precision;
alter table deal add column last_call_objections varchar(1000);
alter table deal add column last_call_competitors varchar(1000);
alter table deal add column last_call_signals varchar(2000);
