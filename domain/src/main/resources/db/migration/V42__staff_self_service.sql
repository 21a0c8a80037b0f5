-- Members of staff see their own record (A1, X1; issue 15). HR links an account holding the STAFF role to the
-- person's own entry in the register: one account per person, one person per account. A change a member of staff
-- reports waits for HR, who applies it through the holders' rectification (D5) or declines it with the reason; the
-- new value is encrypted at rest (X3) like a rectification request's.
create table stf_account (
    subject_id  bigint primary key references core_data_subject (id),
    version     bigint       not null,
    username    varchar(100) not null unique,
    linked_by   varchar(100) not null,
    linked_at   timestamp    not null
);

create table stf_change_report (
    id            bigint primary key,
    version       bigint        not null,
    subject_id    bigint        not null references core_data_subject (id),
    context       varchar(40)   not null,
    record_type   varchar(60)   not null,
    record_id     varchar(60)   not null,
    record_label  varchar(300)  not null,
    field         varchar(100)  not null,
    new_value     text,
    reported_by   varchar(100)  not null,
    reported_at   timestamp     not null,
    state         varchar(20)   not null,
    decided_by    varchar(100),
    decided_at    timestamp,
    reason        varchar(2000)
);
create index stf_change_report_subject on stf_change_report (subject_id);
create index stf_change_report_waiting on stf_change_report (state, reported_at);
