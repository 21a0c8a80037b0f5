-- Recruitment (C1, C2, R1, R2, L2, N2): campaigns and their hiring managers, applications with their workflow
-- history, documents, assessments, pre-employment checks, references, final offers with encrypted bank details
-- (X3), emergency contacts and talent-pool consent. People are referenced by subject id; an anonymised
-- application keeps its campaign and status (counts, R7) and loses its person.
create sequence rec_seq start with 50 increment by 50;

create table rec_campaign (
    id          bigint primary key,
    version     bigint       not null,
    title       varchar(200) not null,
    job_role    varchar(200) not null,
    opens_on    date         not null,
    closes_on   date         not null,
    created_by  varchar(100) not null,
    created_at  timestamp    not null,
    constraint rec_campaign_dates check (closes_on >= opens_on)
);

create table rec_campaign_manager (
    campaign_id bigint       not null references rec_campaign (id) on delete cascade,
    account     varchar(100) not null,
    primary key (campaign_id, account)
);

create table rec_application (
    id                bigint primary key,
    version           bigint       not null,
    campaign_id       bigint       not null references rec_campaign (id),
    subject_id        bigint references core_data_subject (id),
    source            varchar(20)  not null,
    source_name       varchar(200),
    received_on       date         not null,
    notice_given_on   date,
    status            varchar(30)  not null,
    status_changed_at timestamp    not null,
    closing_reason    varchar(2000),
    identity_checked_on       date,
    identity_checked_by       varchar(100),
    qualifications_checked_on date,
    qualifications_checked_by varchar(100),
    criminal_declaration_id   bigint,
    health_questionnaire_id   bigint,
    hired_on          date,
    starts_on         date,
    anonymised_at     timestamp,
    created_by        varchar(100) not null,
    created_at        timestamp    not null,
    constraint rec_application_person check (subject_id is not null or anonymised_at is not null)
);
create index rec_application_campaign_idx on rec_application (campaign_id);
create index rec_application_subject_idx on rec_application (subject_id);

create table rec_application_event (
    id             bigint primary key,
    version        bigint       not null,
    application_id bigint       not null references rec_application (id) on delete cascade,
    happened_at    timestamp    not null,
    actor          varchar(100) not null,
    from_status    varchar(30),
    to_status      varchar(30)  not null,
    note           varchar(2000)
);
create index rec_application_event_idx on rec_application_event (application_id);

create table rec_document (
    id             bigint primary key,
    version        bigint       not null,
    application_id bigint       not null references rec_application (id) on delete cascade,
    kind           varchar(30)  not null,
    file_name      varchar(255) not null,
    media_type     varchar(100) not null,
    size_bytes     bigint       not null,
    sha256         varchar(64)  not null,
    content        bytea        not null,
    uploaded_by    varchar(100) not null,
    uploaded_at    timestamp    not null
);
create index rec_document_application_idx on rec_document (application_id);

create table rec_assessment (
    id             bigint primary key,
    version        bigint       not null,
    application_id bigint       not null references rec_application (id) on delete cascade,
    kind           varchar(30)  not null,
    held_on        date         not null,
    assessor       varchar(200) not null,
    notes          varchar(8000),
    score          integer,
    recorded_by    varchar(100) not null,
    recorded_at    timestamp    not null,
    constraint rec_assessment_score check (score is null or score between 0 and 100)
);
create index rec_assessment_application_idx on rec_assessment (application_id);

create table rec_reference (
    id                 bigint primary key,
    version            bigint       not null,
    application_id     bigint       not null references rec_application (id) on delete cascade,
    referee_subject_id bigint       not null references core_data_subject (id),
    requested_on       date         not null,
    received_on        date,
    recorded_by        varchar(100) not null
);
create index rec_reference_application_idx on rec_reference (application_id);

-- Bank details are encrypted like sensitive records ("<key id>:<base64>", X3).
create table rec_final_offer (
    application_id bigint primary key references rec_application (id) on delete cascade,
    version        bigint       not null,
    made_on        date         not null,
    account_holder text         not null,
    sort_code      text         not null,
    account_number text         not null,
    recorded_by    varchar(100) not null,
    recorded_at    timestamp    not null
);

create table rec_emergency_contact (
    id             bigint primary key,
    version        bigint       not null,
    application_id bigint       not null references rec_application (id) on delete cascade,
    subject_id     bigint       not null references core_data_subject (id),
    relationship   varchar(100) not null
);
create index rec_emergency_contact_application_idx on rec_emergency_contact (application_id);

create table rec_talent_pool_consent (
    application_id  bigint primary key references rec_application (id) on delete cascade,
    version         bigint        not null,
    notice          varchar(200)  not null,
    method          varchar(20)   not null,
    given_on        date          not null,
    recorded_by     varchar(100)  not null,
    withdrawn_on    date,
    withdrawal_recorded_by varchar(100)
);
