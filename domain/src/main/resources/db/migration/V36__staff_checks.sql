-- The staff file's checks and documents (T1, R3; ADR 0010): right-to-work checks (a time-limited permission has an
-- expiry, and a re-check is due before it), conflict-of-interest declarations with their review, security
-- clearances, and the documents (content-checked uploads; right-to-work copies belong to their check and have a
-- retention clock of their own: two years after the employment ends).
create table stf_right_to_work (
    id             bigint primary key,
    version        bigint       not null,
    staff_file_id  bigint       not null references stf_staff_file (id) on delete cascade,
    checked_on     date         not null,
    checked_by     varchar(200) not null,
    permission     varchar(20)  not null,
    expires_on     date,
    recorded_by    varchar(100) not null,
    recorded_at    timestamp    not null
);
create index stf_right_to_work_file on stf_right_to_work (staff_file_id);
create index stf_right_to_work_expiry on stf_right_to_work (expires_on);

create table stf_conflict_declaration (
    id             bigint primary key,
    version        bigint        not null,
    staff_file_id  bigint        not null references stf_staff_file (id) on delete cascade,
    declared_on    date          not null,
    what           varchar(2000) not null,
    reviewed_by    varchar(200),
    reviewed_on    date,
    outcome        varchar(2000),
    recorded_by    varchar(100)  not null,
    recorded_at    timestamp     not null
);
create index stf_conflict_declaration_file on stf_conflict_declaration (staff_file_id);

create table stf_security_clearance (
    id               bigint primary key,
    version          bigint       not null,
    staff_file_id    bigint       not null references stf_staff_file (id) on delete cascade,
    clearance_level  varchar(100) not null,
    vetting_body     varchar(200) not null,
    granted_on       date         not null,
    expires_on       date,
    recorded_by      varchar(100) not null,
    recorded_at      timestamp    not null
);
create index stf_security_clearance_file on stf_security_clearance (staff_file_id);
create index stf_security_clearance_expiry on stf_security_clearance (expires_on);

create table stf_document (
    id               bigint primary key,
    version          bigint       not null,
    staff_file_id    bigint       not null references stf_staff_file (id) on delete cascade,
    right_to_work_id bigint references stf_right_to_work (id) on delete cascade,
    kind             varchar(30)  not null,
    file_name        varchar(255) not null,
    media_type       varchar(100) not null,
    size_bytes       bigint       not null,
    sha256           varchar(64)  not null,
    content          bytea        not null,
    uploaded_by      varchar(100) not null,
    uploaded_at      timestamp    not null
);
create index stf_document_file on stf_document (staff_file_id, kind);
