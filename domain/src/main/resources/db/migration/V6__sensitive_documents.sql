-- An optional document on a sensitive record (X3): described on the record, its bytes encrypted apart
-- ("<key id>:<base64>", like the content) so that reading records never decrypts documents.
alter table sec_sensitive_record add column document_name   varchar(255);
alter table sec_sensitive_record add column document_type   varchar(100);
alter table sec_sensitive_record add column document_size   integer;
alter table sec_sensitive_record add column document_sha256 char(64);
create table sec_sensitive_document (
    id      bigint primary key references sec_sensitive_record (id) on delete cascade,
    version bigint not null,
    content text   not null
);
