-- Issue 19, slice 4 (ADR 0015 decisions 5 and 6's typed part): the Art 30 fields of a purpose that no record knows,
-- and the DPIA of each purpose with its documents. Lengths as purposes.api.Article30Limits and dpia.api.DpiaLimits.

alter table prot_purpose add column business_function varchar(200);
alter table prot_purpose add column joint_controller varchar(200);
alter table prot_purpose add column joint_controller_contact varchar(500);
alter table prot_purpose add column security_measures varchar(4000);
alter table prot_purpose add column data_location varchar(500);
alter table prot_purpose add column retention_policy_link varchar(500);
alter table prot_purpose add column schedule1_condition varchar(40);
alter table prot_purpose add column data_source varchar(500);

create sequence prot_dpia_seq start with 50 increment by 50;

create table prot_dpia (
    id              bigint primary key,
    version         bigint        not null,
    purpose_id      bigint        not null unique references prot_purpose (id),
    indicators      varchar(1000) not null,
    screened_at     timestamp,
    screened_by     varchar(100),
    required_by_dpm boolean       not null,
    dpm_reason      varchar(2000),
    progress        varchar(30)   not null,
    measures        varchar(10000),
    signed_off_by   varchar(100),
    signed_off_at   timestamp,
    review_date     date,
    updated_at      timestamp     not null,
    updated_by      varchar(100)  not null
);

create table prot_dpia_document (
    id          bigint primary key,
    version     bigint       not null,
    dpia_id     bigint       not null references prot_dpia (id),
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      varchar(64)  not null,
    content     bytea        not null,
    uploaded_by varchar(100) not null,
    uploaded_at timestamp    not null
);
create index prot_dpia_document_dpia_idx on prot_dpia_document (dpia_id);
