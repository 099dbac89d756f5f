-- Issue 17, compliance: a lead's or contact's "do not contact" flag, synced with the record, honoured by every
-- campaign channel (storage.StoredContactPolicy reads it as a suppression on every channel).
alter table lead add column do_not_contact boolean default false not null;
alter table contact add column do_not_contact boolean default false not null;
