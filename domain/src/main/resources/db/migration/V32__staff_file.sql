-- The staff context (T1, R2, R3; ADR 0010): a staff file per engagement of a person, the engagement's history (a new
-- dated row per change, the latest is current), bank details encrypted at rest (X3) and owned here alone, the
-- emergency contacts (people in the register), and the hires still waiting for their file (written in the hire's
-- own transaction, opened after it commits; a failure stays here with its reason until HR retries).
create sequence stf_seq start with 50 increment by 50;

create table stf_staff_file (
    id                     bigint primary key,
    version                bigint       not null,
    subject_id             bigint references core_data_subject (id),
    hired_application_id   bigint references rec_application (id),
    opened_by              varchar(100) not null,
    opened_at              timestamp    not null
);
create index stf_staff_file_subject on stf_staff_file (subject_id);
create unique index stf_staff_file_application on stf_staff_file (hired_application_id);

create table stf_engagement (
    id                bigint primary key,
    version           bigint        not null,
    staff_file_id     bigint        not null references stf_staff_file (id) on delete cascade,
    engagement_type   varchar(20)   not null,
    job_title         varchar(200)  not null,
    department        varchar(200),
    line_manager_file_id bigint references stf_staff_file (id),
    place_of_work     varchar(200),
    contract_type     varchar(100),
    weekly_hours      numeric(5, 2),
    start_date        date          not null,
    probation_end     date,
    leaving_date      date,
    leaving_reason    varchar(2000),
    recorded_by       varchar(100)  not null,
    recorded_at       timestamp     not null
);
create index stf_engagement_file on stf_engagement (staff_file_id, recorded_at desc, id desc);

create table stf_bank_details (
    staff_file_id   bigint primary key references stf_staff_file (id) on delete cascade,
    version         bigint       not null,
    account_holder  text         not null,
    sort_code       text         not null,
    account_number  text         not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamp    not null
);

create table stf_emergency_contact (
    id             bigint primary key,
    version        bigint       not null,
    staff_file_id  bigint       not null references stf_staff_file (id) on delete cascade,
    subject_id     bigint       not null references core_data_subject (id),
    relationship   varchar(200) not null
);
create index stf_emergency_contact_file on stf_emergency_contact (staff_file_id);

create table stf_pending_hire (
    application_id  bigint primary key references rec_application (id),
    version         bigint        not null,
    subject_id      bigint        not null references core_data_subject (id),
    job_title       varchar(200)  not null,
    starts_on       date          not null,
    hired_by        varchar(100)  not null,
    hired_at        timestamp     not null,
    failure         varchar(2000),
    failed_at       timestamp
);

-- Recruitment keeps no copy of bank details handed over to the staff file: it keeps when they moved.
alter table rec_final_offer alter column account_holder drop not null;
alter table rec_final_offer alter column sort_code drop not null;
alter table rec_final_offer alter column account_number drop not null;
alter table rec_final_offer add column moved_to_staff_at timestamp;
