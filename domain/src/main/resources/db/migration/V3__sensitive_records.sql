-- Special-category and criminal-records data (L4), encrypted at rest (X3): content holds "<key id>:<base64>".
create sequence sec_sensitive_record_seq start with 50 increment by 50;
create table sec_sensitive_record (
    id          bigint primary key,
    version     bigint       not null,
    subject_id  bigint       not null references core_data_subject (id),
    context     varchar(40)  not null,
    category    varchar(40)  not null,
    purpose_id  bigint       not null references prot_purpose (id),
    content     text         not null,
    recorded_by varchar(100) not null,
    recorded_at timestamp    not null
);
create index sec_sensitive_record_subject_idx on sec_sensitive_record (subject_id);
