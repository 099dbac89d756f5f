-- NexusCRM team server, schema 5: login throttling and token revocation (issue "team server hardening").
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode. (V4 is the push/pull validation change.)

-- Consecutive failed logins of the account; an attempt counts when it is let through to the password
-- check and is reset by a correct password. From the fifth on, each further attempt waits a growing
-- delay counted from last_failed_at (epoch milliseconds of the server clock); the tenth locks the
-- account (locked_at) until an admin runs `nexus server user unlock`.
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column last_failed_at bigint;
alter table app_user add column locked_at timestamp with time zone;

-- Tokens carry the generation they were issued under; moving, deactivating the user or changing the
-- password bumps it, so every token issued before is refused on its next request.
alter table app_user add column token_generation integer not null default 0;
