-- The related lists of the Customers screen: a contact's deals and an account's support tickets.
create index ix_deal_primary_contact on deal(primary_contact_id);
create index ix_support_ticket_account on support_ticket(account_id);
