-- Offline lead enrichment (issue 4). Local reference data and local provenance: neither table is synced.
-- The enriched values themselves are ordinary lead edits and sync through the outbox.

-- The company directory, replaced whole by each import. name_key is CompanyNames.key(name): the
-- normalised name that exact and fuzzy (prefix-blocked) name matching look up.
create table company_directory (
    domain varchar(200) primary key,
    name varchar(200),
    name_key varchar(200) not null,
    industry varchar(80),
    employees int,
    annual_revenue numeric(19,2),
    country varchar(80),
    technologies varchar(500)
);
create index ix_company_directory_name_key on company_directory(name_key);

-- The import the directory came from (one row at most).
create table company_directory_import (
    id int primary key check (id = 1),
    file_name varchar(260) not null,
    imported_at timestamp(6) with time zone not null,
    companies int not null
);

-- Which lead fields enrichment filled: the value written, the directory file, how the company was
-- matched and when. One row per lead and field (the latest fill).
create table lead_enrichment (
    lead_id uuid not null,
    field varchar(40) not null,
    field_value varchar(500) not null,
    source varchar(260) not null,
    matched_by varchar(500) not null,
    enriched_at timestamp(6) with time zone not null,
    primary key (lead_id, field)
);
