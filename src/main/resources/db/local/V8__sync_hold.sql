-- Records the server sent that do not fit this workstation's rules (a wrong type, a missing required field,
-- a control character...): kept whole with the reason and shown in the Sync inbox, while the rest of the
-- sync goes on. A later valid version of the record replaces it and clears the hold.
create table sync_hold (
    record_id uuid primary key,
    entity varchar(40) not null,
    version bigint not null,
    fields clob not null,
    reason varchar(4000) not null,
    received_at timestamp(6) with time zone not null
);
