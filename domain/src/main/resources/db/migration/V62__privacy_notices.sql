-- Privacy notices (N1, ADR 0015 decision 2): a notice per audience, editable name; its versions, each rich text or an
-- uploaded PDF, the purposes it covers, a checklist row per N1 item, the DPM's approval and its issue. One notice per
-- audience is seeded (ids 1-6; EclipseLink's first block from the sequence is 51-100).
create sequence prot_notice_seq start with 100 increment by 50;
create table prot_notice (
    id          bigint primary key,
    version     bigint       not null,
    audience    varchar(40)  not null,
    name        varchar(200) not null,
    updated_at  timestamp    not null,
    updated_by  varchar(100) not null,
    constraint prot_notice_name_uq unique (name)
);

insert into prot_notice (id, version, audience, name, updated_at, updated_by) values
 (1, 0, 'JOB_APPLICANTS', 'Job applicants', current_timestamp, 'system'),
 (2, 0, 'STAFF', 'Staff', current_timestamp, 'system'),
 (3, 0, 'CLIENTS_AND_CUSTOMERS', 'Clients and customers', current_timestamp, 'system'),
 (4, 0, 'SUPPLIERS', 'Suppliers', current_timestamp, 'system'),
 (5, 0, 'COMPLAINANTS', 'Complainants', current_timestamp, 'system'),
 (6, 0, 'WEBSITE_VISITORS', 'Website visitors', current_timestamp, 'system');

create sequence prot_notice_version_seq start with 50 increment by 50;
create table prot_notice_version (
    id             bigint primary key,
    version        bigint        not null,
    notice_id      bigint        not null references prot_notice (id),
    version_number integer       not null,
    state          varchar(20)   not null,
    body           varchar(100000),
    file_name      varchar(255),
    media_type     varchar(100),
    size_bytes     bigint,
    sha256         varchar(64),
    created_at     timestamp     not null,
    created_by     varchar(100)  not null,
    updated_at     timestamp     not null,
    updated_by     varchar(100)  not null,
    approved_at    timestamp,
    approved_by    varchar(100),
    issued_at      timestamp,
    issued_by      varchar(100),
    withdrawn_at   timestamp,
    constraint prot_notice_version_number_uq unique (notice_id, version_number)
);
create index prot_notice_version_state_ix on prot_notice_version (state, notice_id);

create table prot_notice_document (
    id       bigint primary key references prot_notice_version (id),
    version  bigint not null,
    content  bytea  not null
);

create table prot_notice_purpose (
    version_id bigint not null references prot_notice_version (id),
    purpose_id bigint not null references prot_purpose (id),
    primary key (version_id, purpose_id)
);

create table prot_notice_item (
    version_id bigint       not null references prot_notice_version (id),
    item       varchar(40)  not null,
    answer     varchar(20),
    detail     varchar(1000),
    primary key (version_id, item)
);
