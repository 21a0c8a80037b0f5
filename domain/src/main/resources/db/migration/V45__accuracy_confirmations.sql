-- Accuracy reviews (A1; issue 15): when a member of staff last confirmed a group of their own record as still right
-- (or HR applied a change they reported to it), one row per staff file and group. A group is due for review when
-- its interval (a setting per group) has passed since that date, or since the file opened if never confirmed.
create table stf_accuracy_confirmation (
    id             bigint primary key,
    version        bigint       not null,
    staff_file_id  bigint       not null references stf_staff_file (id),
    record_group   varchar(30)  not null,
    confirmed_on   date         not null,
    confirmed_by   varchar(100) not null,
    unique (staff_file_id, record_group)
);
