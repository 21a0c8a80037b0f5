-- D1: the DPM may record why no check of the requester's identity is needed (a request made in person by a known
-- member of staff, say): the reason and who recorded it; the day is identity_verified_on, as for a verification.
alter table prot_rights_request add column no_check_reason varchar(2000);
alter table prot_rights_request add column no_check_recorded_by varchar(100);

-- D5, R6: erasing a person leaves no copy of their data in the rights requests about them (the requests' texts,
-- the review items, the corrections, the packs); each copy removed is replaced by a marker, and what was removed is
-- kept here as evidence: which record and field, its size and the SHA-256 hash of its content, never the content.
create table prot_erased_copy (
    id           bigint primary key,
    version      bigint       not null,
    request_id   bigint       not null references prot_rights_request (id) on delete cascade,
    record_type  varchar(60)  not null,
    record_id    varchar(60)  not null,
    field        varchar(60)  not null,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    erased_on    date         not null,
    erased_by    varchar(100) not null
);
create index prot_erased_copy_request_idx on prot_erased_copy (request_id);
