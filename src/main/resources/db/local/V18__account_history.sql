-- The account 360 view reads each source of an account's timeline newest first and stops after one page:
-- these indexes are in that exact order (ticket, document), or reach a contact's campaign touches without
-- scanning their tables (usage by account and calls by activity came with V17). V12's ticket index is replaced by the ordered one.
drop index ix_support_ticket_account;
create index ix_support_ticket_account on support_ticket(account_id, opened_at desc, id desc);
create index ix_document_account on document(account_id, created_at desc, id desc);
create index ix_enrollment_contact on enrollment(contact_id);
create index ix_touch_enrollment on touch(enrollment_id, sent_at desc, id desc);
