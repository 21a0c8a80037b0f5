-- Sickness absence on a staff file (T1, L4, X3, R3; ADR 0010 §8). The period is in clear (first day, last day or
-- open, whether a fit note was given): an absence record, which HR sees without approval. What the absence was
-- about (reason, fit notes, return-to-work note, occupational-health reports) is health data: it lives encrypted
-- in the security context's sensitive records behind the DPM's approval gate, and stf_absence_health only links a
-- period to those records.
create table stf_absence (
    id              bigint primary key,
    version         bigint       not null,
    staff_file_id   bigint       not null references stf_staff_file (id) on delete cascade,
    first_day       date         not null,
    last_day        date,
    fit_note_given  boolean      not null,
    recorded_by     varchar(100) not null,
    recorded_at     timestamp    not null
);
create index stf_absence_file on stf_absence (staff_file_id);

create table stf_absence_health (
    id                   bigint primary key,
    version              bigint       not null,
    absence_id           bigint       not null references stf_absence (id) on delete cascade,
    kind                 varchar(30)  not null,
    sensitive_record_id  bigint       not null,
    recorded_at          timestamp    not null
);
create index stf_absence_health_absence on stf_absence_health (absence_id);
