-- D5: the corrections a rectification request asks for, field by field, as each context listed them; the corrected
-- value (or the person's statement) is encrypted like the review items (X3); whether it was made, or why not.
create table prot_correction (
    id           bigint primary key,
    version      bigint        not null,
    request_id   bigint        not null references prot_rights_request (id) on delete cascade,
    context      varchar(40)   not null,
    record_type  varchar(60)   not null,
    record_id    varchar(60)   not null,
    record_label varchar(300)  not null,
    field        varchar(100)  not null,
    statement    boolean       not null,
    corrected_value text,
    state        varchar(20)   not null,
    reason       varchar(2000),
    settled_at   timestamp
);
create index prot_correction_request_idx on prot_correction (request_id);
