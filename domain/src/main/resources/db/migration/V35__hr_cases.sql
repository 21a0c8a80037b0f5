-- HR cases of a staff file (R3, X1; ADR 0010): disciplinary, grievance and capability cases, seen only by the HR
-- handlers named on them and the DPM, never by the account of the person a case is about. Their notes, meetings
-- and documents are the details that go when the warning expires; the case row stays as its summary (kind, dates,
-- outcome, level), marked with the day it was reduced.
create table stf_case (
    id                  bigint primary key,
    version             bigint        not null,
    staff_file_id       bigint        not null references stf_staff_file (id) on delete cascade,
    kind                varchar(20)   not null,
    opened_on           date          not null,
    summary             varchar(2000) not null,
    about_account       varchar(100),
    outcome             varchar(2000),
    decided_on          date,
    warning_level       varchar(20),
    warning_expires_on  date,
    summarised_on       date,
    opened_by           varchar(100)  not null,
    opened_at           timestamp     not null
);
create index stf_case_file on stf_case (staff_file_id);
create index stf_case_expiring on stf_case (warning_expires_on);

create table stf_case_handler (
    case_id  bigint       not null references stf_case (id) on delete cascade,
    account  varchar(100) not null,
    primary key (case_id, account)
);

create table stf_case_note (
    id           bigint primary key,
    version      bigint        not null,
    case_id      bigint        not null references stf_case (id) on delete cascade,
    kind         varchar(20)   not null,
    note         varchar(10000) not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index stf_case_note_case on stf_case_note (case_id);

create table stf_case_meeting (
    id           bigint primary key,
    version      bigint        not null,
    case_id      bigint        not null references stf_case (id) on delete cascade,
    held_on      date          not null,
    attendees    varchar(1000) not null,
    notes        varchar(10000),
    recorded_by  varchar(100)  not null,
    recorded_at  timestamp     not null
);
create index stf_case_meeting_case on stf_case_meeting (case_id);

create table stf_case_document (
    id           bigint primary key,
    version      bigint        not null,
    case_id      bigint        not null references stf_case (id) on delete cascade,
    file_name    varchar(255)  not null,
    media_type   varchar(100)  not null,
    size_bytes   bigint        not null,
    sha256       varchar(64)   not null,
    content      bytea         not null,
    uploaded_by  varchar(100)  not null,
    uploaded_at  timestamp     not null
);
create index stf_case_document_case on stf_case_document (case_id);
