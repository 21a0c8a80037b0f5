-- The breach register (X5): what happened, who and what it touched, the risk, the decision, the report to the
-- ICO and to the people affected, closure. People affected are linked by subject id only.
create sequence prot_breach_seq start with 50 increment by 50;
create table prot_breach (
    id                bigint primary key,
    version           bigint        not null,
    summary           varchar(200)  not null,
    occurred_at       timestamp,
    aware_at          timestamp     not null,
    how_discovered    varchar(2000),
    description       varchar(4000) not null,
    systems           varchar(2000),
    data_categories   varchar(2000) not null,
    people_categories varchar(2000),
    approx_people     integer,
    approx_records    integer,
    consequences      varchar(4000),
    measures_taken    varchar(4000),
    measures_planned  varchar(4000),
    likelihood        varchar(20)   not null,
    severity          varchar(20)   not null,
    risk              varchar(20)   not null,
    notify_ico        boolean,
    decision_reasons  varchar(4000),
    decided_by        varchar(100),
    decided_at        timestamp,
    reported_at       timestamp,
    ico_reference     varchar(100),
    late_reason       varchar(4000),
    people_told_at    timestamp,
    people_told_how   varchar(2000),
    not_told_reason   varchar(4000),
    closed_at         timestamp,
    closed_by         varchar(100),
    created_at        timestamp     not null,
    created_by        varchar(100)  not null,
    updated_at        timestamp     not null,
    updated_by        varchar(100)  not null
);
create index prot_breach_aware_idx on prot_breach (aware_at);

create table prot_breach_nature (
    breach_id bigint      not null references prot_breach (id) on delete cascade,
    nature    varchar(20) not null,
    primary key (breach_id, nature)
);

-- Erasing a person from the register removes their link; the breach keeps its approximate numbers.
create table prot_breach_subject (
    breach_id  bigint not null references prot_breach (id) on delete cascade,
    subject_id bigint not null references core_data_subject (id) on delete cascade,
    primary key (breach_id, subject_id)
);
create index prot_breach_subject_idx on prot_breach_subject (subject_id);
