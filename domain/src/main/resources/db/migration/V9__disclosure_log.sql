-- The disclosure log (D5, D6): who received which person's data, when and why, so that a rectification, erasure
-- or restriction can be told to every recipient. Erasing the person deletes their disclosures first.
create sequence prot_disclosure_seq start with 50 increment by 50;
create table prot_disclosure (
    id           bigint primary key,
    version      bigint        not null,
    subject_id   bigint        not null references core_data_subject (id),
    recipient    varchar(300)  not null,
    disclosed    varchar(2000) not null,
    purpose_id   bigint        not null references prot_purpose (id),
    disclosed_on date          not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index prot_disclosure_subject_idx on prot_disclosure (subject_id, disclosed_on);
