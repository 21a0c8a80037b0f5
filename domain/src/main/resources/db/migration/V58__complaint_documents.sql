-- The documents of a complaint (P1, issue 17): the name encrypted at rest ("<key id>:<base64>", X3), the type told
-- by the content, the size and hash; the bytes encrypted apart, so that listing documents never decrypts one.
create table cmp_document (
    id           bigint primary key,
    version      bigint        not null,
    complaint_id bigint        not null references cmp_complaint (id),
    file_name    text          not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       char(64)      not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamp     not null
);
create index cmp_document_complaint on cmp_document (complaint_id, id);

create table cmp_document_content (
    id      bigint primary key references cmp_document (id) on delete cascade,
    version bigint not null,
    content text   not null
);
