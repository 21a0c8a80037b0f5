-- Complaints (P1, X1, R5; issue 17, first slice): the complaint file, the accounts named to handle it (need to know),
-- the people it concerns (people in the register, S1) and the dated steps of its investigation. A file whose
-- complainant's data was erased keeps no complainant and no words, only what the counts per kind and month need.
create sequence cmp_seq start with 50 increment by 50;

create table cmp_complaint (
    id                     bigint primary key,
    version                bigint         not null,
    complainant_subject_id bigint references core_data_subject (id),
    received_on            date           not null,
    channel                varchar(20)    not null,
    kind                   varchar(20)    not null,
    about                  varchar(20)    not null,
    about_text             varchar(500),
    complaint_text         varchar(10000),
    anonymity_requested    boolean        not null,
    anonymity_lost_reason  varchar(2000),
    anonymity_lost_told_on date,
    rights_request_id      bigint,
    breach_id              bigint,
    acknowledged_on        date,
    outcome                varchar(10000),
    outcome_on             date,
    closed_on              date,
    logged_by              varchar(100)   not null,
    logged_at              timestamp      not null
);
create index cmp_complaint_complainant on cmp_complaint (complainant_subject_id);
create index cmp_complaint_open on cmp_complaint (closed_on, received_on, id);

create table cmp_handler (
    id           bigint primary key,
    version      bigint        not null,
    complaint_id bigint        not null references cmp_complaint (id),
    account      varchar(100)  not null,
    constraint cmp_handler_once unique (complaint_id, account)
);
create index cmp_handler_account on cmp_handler (account, complaint_id);

create table cmp_person_named (
    id           bigint primary key,
    version      bigint  not null,
    complaint_id bigint  not null references cmp_complaint (id),
    subject_id   bigint  not null references core_data_subject (id),
    constraint cmp_person_named_once unique (complaint_id, subject_id)
);
create index cmp_person_named_subject on cmp_person_named (subject_id);

create table cmp_note (
    id           bigint primary key,
    version      bigint         not null,
    complaint_id bigint         not null references cmp_complaint (id),
    noted_on     date           not null,
    text         varchar(4000)  not null,
    noted_by     varchar(100)   not null,
    noted_at     timestamp      not null
);
create index cmp_note_complaint on cmp_note (complaint_id, noted_on);
